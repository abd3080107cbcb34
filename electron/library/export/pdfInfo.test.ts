import { describe, expect, it } from 'vitest';
import { withPdfInfo } from './pdfInfo';

/** A one-page PDF laid out as Chromium's are (classic xref table, Info object 1), with `info` as its Info dictionary. */
function chromiumLikePdf(info: string): Uint8Array {
  const objects = [
    `<<${info}>>`,
    '<</Type /Catalog /Pages 3 0 R>>',
    '<</Type /Pages /Kids [4 0 R] /Count 1>>',
    '<</Type /Page /Parent 3 0 R /MediaBox [0 0 200 200]>>'
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

async function infoOf(pdf: Uint8Array): Promise<Record<string, unknown>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  expect(doc.numPages).toBe(1);
  return (await doc.getMetadata()).info as Record<string, unknown>;
}

const CHROMIUM_INFO =
  "/Title (Talks \\(1\\) >> endobj)\n/Creator (Mozilla/5.0 \\(X11; Linux x86_64\\) HeadlessChrome/156.0.0.0 Safari/537.36)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261207060929+00'00')\n/ModDate (D:20261207060929+00'00')";

describe('withPdfInfo', () => {
  it('names Crosscheck and the report instead of Chromium, keeps the dates, and leaves no user agent in the file', async () => {
    const pdf = withPdfInfo(chromiumLikePdf(CHROMIUM_INFO), { title: 'Daraa: talks “fail” ←', author: 'Ana <Reporter>' });
    expect(await infoOf(pdf)).toMatchObject({
      Title: 'Daraa: talks “fail” ←',
      Author: 'Ana <Reporter>',
      Creator: 'Crosscheck',
      Producer: 'Crosscheck',
      CreationDate: "D:20261207060929+00'00'"
    });
    expect(Buffer.from(pdf).toString('latin1')).not.toMatch(/Mozilla|HeadlessChrome|Skia/);
  });

  it('leaves Author out when the report has none', async () => {
    const info = await infoOf(withPdfInfo(chromiumLikePdf(CHROMIUM_INFO), { title: 'Report', author: null }));
    expect(info.Author).toBeUndefined();
    expect(info.Title).toBe('Report');
  });

  it('returns a PDF it cannot read the trailer of unchanged', () => {
    const odd = new Uint8Array(Buffer.from('%PDF-1.5\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF\n', 'latin1'));
    expect(withPdfInfo(odd, { title: 'x' })).toBe(odd);
  });
});
