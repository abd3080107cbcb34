import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { renderDocx } from './renderDocx';
import { report } from './testReport';

/** The files of a zip (a .docx) as text, read with yauzl as Word's own parts. */
async function zipParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, z) => (error ? reject(error) : resolve(z)))
  );
  const parts = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          zip.readEntry();
        });
      });
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return parts;
}

describe('Word (docx)', () => {
  const hostile = {
    ...report,
    // A NUL and a lone surrogate: XML cannot hold them, Word would call the file corrupt.
    sources: report.sources.map((s) => ({ ...s, title: `${s.title}\u0000\ud800` }))
  };
  const docx = renderDocx(hostile);

  it('mammoth reads the title, the sources row, every highlight and the article note', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await docx) });
    expect(text).toContain('Daraa <b>talks</b>');
    for (const cell of ['Reuters', 'Talks fail in {Daraa} 100% & more', 'By Ellen Francis and Suleiman Al-Khalidi', '4 July 2018', 'https://example.com/daraa?a=1&b=2'])
      expect(text).toContain(cell);
    for (const h of report.highlights) for (const line of h.quote.split('\n')) expect(text).toContain(line);
    expect(text).toContain('See [this](javascript:alert(3))');
    expect(text).toContain('Made 6 December 2026 by Ana Reporter.');
  });

  it('gives each note as a Word comment on its highlighted words, with the tags in the comment, by the author', async () => {
    // mammoth turns comments into a list at the end when asked to keep comment references.
    const { value: html } = await mammoth.convertToHtml(
      { buffer: Buffer.from(await docx) },
      { styleMap: ['comment-reference => sup'] }
    );
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Tags: #Key claim #&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('=1+2');
    expect(html).not.toMatch(/<script|<img/);

    const parts = await zipParts(await docx);
    const comments = parts.get('word/comments.xml')!;
    expect(comments.match(/<w:comment /g)).toHaveLength(3);
    expect(comments).toContain('w:author="Ana Reporter"');
    const document = parts.get('word/document.xml')!;
    // The comment's range holds exactly the highlighted words, shaded in the highlight's colour.
    expect(document).toMatch(
      /<w:commentRangeStart w:id="0"\/><w:r><w:rPr><w:shd w:fill="FFF3A3" w:color="auto" w:val="clear"\/><\/w:rPr><w:t xml:space="preserve">talks had collapsed<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/>/
    );
    // A highlight over a line break keeps it as a break inside the shaded words.
    expect(document).toMatch(/had collapsed\.<\/w:t><\/w:r><w:r><w:rPr><w:shd w:fill="FFC9C9"[^>]*\/><\/w:rPr><w:br\/><w:t xml:space="preserve">Russian jets/);
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('<w:pageBreakBefore/>');
    expect(document.includes('\u0000') || document.includes('\ud800')).toBe(false);
  });
});
