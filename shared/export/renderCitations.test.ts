import { describe, expect, it } from 'vitest';
import { citationKeys } from './renderCitations';

const source = (articleId: number, title: string, more: { outlet?: string; byline?: string; publishedAt?: string } = {}) => ({
  articleId,
  title,
  outlet: more.outlet ?? null,
  byline: more.byline ?? null,
  publishedAt: more.publishedAt ?? null
});

describe('citationKeys', () => {
  it('reads as who + year + what, and never runs a no-date marker into a word', () => {
    expect(
      citationKeys([
        // The review's `articlendsyrian` and `article2018regime`: no outlet, undated / dated.
        source(1, 'Syrian rebels in Daraa reject Russian proposal'),
        source(2, "Regime pounds south Syria after rebels say talks with Russia 'fail'", { publishedAt: '2018-07-04' }),
        source(3, 'Russia strikes Daraa after failure of ceasefire talks', { outlet: 'Reuters', publishedAt: '2018-07-04' }),
        source(4, 'South Syria rebels say negotiations have failed', {
          byline: 'By Ellen Francis and Suleiman Al-Khalidi',
          publishedAt: '2018'
        }),
        source(5, 'Talks fail in Buṣra', { outlet: 'The New Arab' })
      ])
    ).toEqual(['syrian', 'regime2018', 'reuters2018russia', 'francis2018south', 'arab-talks']);
  });

  it("takes whole words only: an apostrophe or hyphen ends a word, and a title of short words falls back to the article's id", () => {
    expect(citationKeys([source(7, 'Assad’s army at al-Harak'), source(8, 'Why we go on')])).toEqual(['assad', 'article8']);
  });

  it('keeps the keys a source with an outlet and a year always had: exported reports cite them', () => {
    const dated = { outlet: 'Al-Jazeera', publishedAt: '2018-07-04' };
    expect(
      citationKeys([
        source(1, 'Assad’s army at al-Harak', dated),
        source(2, 'After the talks failed', dated),
        source(3, 'U.S.-backed rebels', { outlet: 'Reuters', publishedAt: '2018' })
      ])
    ).toEqual(['aljazeera2018assads', 'aljazeera2018after', 'reuters2018usbacked']);
  });

  it('adds b, c… when sources would share a key', () => {
    const s = (id: number) => source(id, 'Syrian rebels reject proposal', { publishedAt: '2018-07-04' });
    expect(citationKeys([s(1), s(2), s(3)])).toEqual(['syrian2018', 'syrian2018b', 'syrian2018c']);
  });
});
