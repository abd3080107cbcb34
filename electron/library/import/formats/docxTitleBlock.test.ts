import { describe, expect, it } from 'vitest';
import { readTitleBlock, withoutTaken } from './docxTitleBlock';

/** A document.xml of styled paragraphs (`['Author', 'Karim Saleh']`; an empty style is none). */
function documentXml(paragraphs: ReadonlyArray<readonly [style: string, text: string]>): string {
  const body = paragraphs
    .map(([style, text]) =>
      text === '' ? '<w:p/>' : `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}" /></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
    )
    .join('');
  return `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;
}

describe('a Word title block', () => {
  it('reads the Author and Date paragraphs under the Title and takes them out of the text', () => {
    const xml = documentXml([
      ['Title', 'Talks fail'],
      ['Author', 'Karim Saleh'],
      ['', ''],
      ['Date', '4 July 2018'],
      ['BodyText', 'Rebels said talks failed.']
    ]);
    const block = readTitleBlock(xml);
    expect(block).toEqual({ meta: { byline: 'Karim Saleh', publishedAt: '2018-07-04' }, taken: ['Karim Saleh', '4 July 2018'] });
    expect(withoutTaken('Talks fail\n\nKarim Saleh\n\n4 July 2018\n\nRebels said talks failed.', block.taken)).toBe(
      'Talks fail\n\nRebels said talks failed.'
    );
  });

  it('leaves a Date paragraph that is no date, and anything after the block, in the text', () => {
    const xml = documentXml([
      ['Date', 'Summer'],
      ['BodyText', 'Rebels said talks failed.'],
      ['Author', 'Karim Saleh']
    ]);
    expect(readTitleBlock(xml)).toEqual({ meta: {}, taken: [] });
  });

  it('removes a taken paragraph once, from the top, never the same words further down', () => {
    const text = 'Karim Saleh\n\nRebels spoke to Karim Saleh.\n\nKarim Saleh';
    expect(withoutTaken(text, ['Karim Saleh'])).toBe('Rebels spoke to Karim Saleh.\n\nKarim Saleh');
  });

  it('reads nothing from a document without styles', () => {
    expect(readTitleBlock(documentXml([['', 'Karim Saleh'], ['', '2018-07-04']]))).toEqual({ meta: {}, taken: [] });
  });
});
