import { describe, expect, it } from 'vitest';
import { wireGroups, type WireArticle } from './wire';

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
    const credited = wireGroups([article('p', 'Rebels met.'), article('q', 'Rebels met, an official told AFP.')], even)
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
