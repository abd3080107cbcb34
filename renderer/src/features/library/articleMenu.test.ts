import { describe, expect, it } from 'vitest';
import { type CitedArticle, citationText, copyProblem, menuScope, titleText } from './articleMenu';

const article = (over: Partial<CitedArticle>): CitedArticle => ({
  id: 1,
  title: 'Rebels take Daraa border crossing',
  outlet: 'Reuters',
  byline: 'Suleiman Al-Khalidi',
  publishedAt: '2018-07-06',
  url: 'https://example.org/daraa',
  ...over
});

describe('the library list’s context menu', () => {
  it('acts on every picked article when opened on one of them, else on the row alone', () => {
    expect(menuScope(7, new Set([3, 7, 9]))).toEqual([3, 7, 9]);
    expect(menuScope(5, new Set([3, 7, 9]))).toEqual([5]);
    expect(menuScope(5, new Set())).toEqual([5]);
  });

  it('copies up to 50 articles, and says what to use for more', () => {
    expect(copyProblem(50)).toBeNull();
    expect(copyProblem(51)).toBe(
      'Copying takes up to 50 articles at a time (51 articles picked). For more, use Export… (BibTeX, RIS or CSL-JSON).'
    );
  });

  it('cites each article as the reports cite a source, one a line, with its URL when it has one', () => {
    expect(
      citationText([
        article({}),
        article({ id: 2, outlet: null, byline: null, publishedAt: null, url: null, title: 'Why we go on' })
      ])
    ).toBe(
      'Reuters, “Rebels take Daraa border crossing”, Suleiman Al-Khalidi, 6 July 2018. https://example.org/daraa\n“Why we go on”, undated.'
    );
  });

  it('cites a date read from the file’s properties as the day the file was saved, not as published (issue 15)', () => {
    expect(citationText([article({ publishedAt: '2019-03-02', dateFromFile: true, url: null })])).toBe(
      'Reuters, “Rebels take Daraa border crossing”, Suleiman Al-Khalidi, file saved 2 March 2019.'
    );
  });

  it('copies titles one a line', () => {
    expect(titleText([{ title: 'One' }, { title: 'Two' }])).toBe('One\nTwo');
  });
});
