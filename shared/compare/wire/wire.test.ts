import { describe, expect, it } from 'vitest';
import { findWireGroups, wireGroups, type WireArticle } from './wire';

const article = (id: string, text: string, extra: Partial<WireArticle> = {}): WireArticle => ({ id, text, ...extra });

describe('wireGroups', () => {
  it('groups articles sharing most of their text, not one borrowing a sentence', () => {
    const articles = [article('a', 'x'), article('b', 'x'), article('c', 'x'), article('d', 'x')];
    // shares[i][j]: share of i's words found in j. a, b, c copy one story; d quotes one sentence of it.
    const shares = [
      [1, 0.8, 0.7, 0.2],
      [0.9, 1, 0.8, 0.2],
      [0.9, 0.9, 1, 0.1],
      [0.25, 0.25, 0.2, 1]
    ];
    const { groups } = wireGroups(articles, shares);
    expect(groups).toHaveLength(1);
    expect([...groups[0]!.articleIds].sort()).toEqual(['a', 'b', 'c']);
  });

  it('does not group a long feature with a short brief it embeds', () => {
    // The brief is all inside the feature (0.9) but is only a tenth of the feature (0.1).
    const { groups } = wireGroups(
      [article('feature', 'x'), article('brief', 'x')],
      [
        [1, 0.1],
        [0.9, 1]
      ]
    );
    expect(groups).toEqual([]);
  });

  it('picks as original the member holding most of the others, then the credited one, then the earliest', () => {
    // a holds 0.9 of b and 0.9 of c; b and c hold less of the others.
    const complete = wireGroups(
      [article('b', 'x'), article('a', 'x'), article('c', 'x')],
      [
        [1, 0.9, 0.6],
        [0.6, 1, 0.6],
        [0.6, 0.9, 1]
      ]
    ).groups[0]!;
    expect(complete.originalId).toBe('a');
    expect(complete.articleIds[0]).toBe('a');
    expect(complete.reasons).toEqual(['most complete']);

    // Equal completeness: the one crediting an agency wins.
    const even = [
      [1, 0.8],
      [0.8, 1]
    ];
    const credited = wireGroups([article('p', 'Rebels met.'), article('q', 'Rebels met, an official said. – AFP')], even)
      .groups[0]!;
    expect(credited.originalId).toBe('q');
    expect(credited.reasons).toEqual(['credited']);
    expect(credited.agency).toBe('AFP');

    // Equal completeness and credits: the earliest wins.
    const early = wireGroups(
      [article('late', 'x', { publishedAt: '2018-07-05' }), article('early', 'x', { publishedAt: '2018-07-04T10:00:00Z' })],
      even
    ).groups[0]!;
    expect(early.originalId).toBe('early');
    expect(early.reasons).toEqual(['earliest']);
    expect(early.undatedIds).toEqual([]);
  });

  it('orders by date only when every member is dated: an undated copy is not later', () => {
    const even = [
      [1, 0.8, 0.8],
      [0.8, 1, 0.8],
      [0.8, 0.8, 1]
    ];
    const group = wireGroups(
      [article('copy', 'x'), article('dated', 'x', { publishedAt: '2018-07-04' }), article('other', 'x')],
      even
    ).groups[0]!;
    expect(group.reasons).toEqual([]);
    expect(group.originalId).toBe('copy');
    expect(group.undatedIds).toEqual(['copy', 'other']);
  });

  it('lists the credits each article gives: stored at import, else found in the text', () => {
    const { credits } = wireGroups(
      [
        article('a', 'BEIRUT (Reuters) - Rebels said talks failed.'),
        article('b', 'Rebels said talks failed.\n\nSOURCE: NEWS AGENCIES'),
        article('c', 'Rebels said talks failed.', { wireCredits: ['AP'] }),
        article('d', 'Rebels said talks failed. [Getty]')
      ],
      [
        [1, 0, 0, 0],
        [0, 1, 0, 0],
        [0, 0, 1, 0],
        [0, 0, 0, 1]
      ]
    );
    expect(credits).toEqual([
      { articleId: 'a', credits: ['Reuters'] },
      { articleId: 'b', credits: [] },
      { articleId: 'c', credits: ['AP'] },
      { articleId: 'd', credits: [] }
    ]);
  });

  it('reads no credit from an unnamed "news agencies" a library stored before', () => {
    const { credits, groups } = wireGroups(
      [
        article('old', 'Rebels met.', { wireCredits: ['news agencies'] }),
        article('both', 'Rebels met.', { wireCredits: ['news agencies', 'AFP'] })
      ],
      [
        [1, 1],
        [1, 1]
      ]
    );
    expect(credits.map((c) => c.credits)).toEqual([[], ['AFP']]);
    expect(groups[0]!.agency).toBe('AFP');
  });
});

describe('findWireGroups on Chinese and Japanese text', () => {
  // Written for this test: a city news brief, a copy with one sentence changed, and another story
  // of the same city. Before session 13 a paragraph of Chinese was one sentence (no full stop was
  // followed by a space), so the copy shared no sentence with its original and was no wire copy.
  const metro =
    '本市政府周三宣布，从下个月起，全市地铁线路的运营时间将延长一个小时。交通局负责人表示，这一决定是根据市民的意见作出的。过去一年里，许多在夜间工作的市民反映末班车太早。新的时刻表将在周五公布。交通局回应说，目前没有调整票价的计划。';
  const edited = metro.replace('过去一年里，许多在夜间工作的市民反映末班车太早。', '据统计，去年夜间乘客人数比前年增加了百分之十五。');
  const storm = '本市周二遭遇今年以来最强的一场暴雨，多条公交线路被迫暂停运营。交通局表示，地铁线路仍在正常运营。气象部门预计，降雨将持续到周四。';
  const library = '市の教育委員会は、図書館の開館時間を夜九時まで延長すると発表した。仕事帰りに利用できないという声が多かった。職員は新たに五人採用する予定だ。委員会は半年後に見直しを検討する。';
  const libraryEdited = library.replace('職員は新たに五人採用する予定だ。', '昨年度の来館者数は一割ほど減っていた。');

  it('groups a copy with one sentence changed with its original, and not another story', () => {
    const { groups } = findWireGroups([article('metro', metro), article('edited', edited), article('storm', storm)]);
    expect(groups.map((g) => [...g.articleIds].sort())).toEqual([['edited', 'metro']]);
  });

  it('does the same in Japanese', () => {
    const { groups } = findWireGroups([article('library', library), article('storm', storm), article('edited', libraryEdited)]);
    expect(groups.map((g) => [...g.articleIds].sort())).toEqual([['edited', 'library']]);
  });
});
