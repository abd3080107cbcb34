import yauzl from 'yauzl';

/**
 * Reading a Word report back as Word's own parts, for the tests (shared/export/renderDocx.test
 * and the CLI suite's export test). Only tests import this file.
 */

/** The files of a zip (a .docx) as text, read with yauzl. */
export async function zipParts(bytes: Uint8Array): Promise<Map<string, string>> {
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

/** One table of document.xml as Word reads its layout: the grid, each row's cell widths and words. */
export interface DocxTable {
  /** `w:tblLayout`'s type (`fixed`), or null when the table leaves it to Word's autofit. */
  readonly layout: string | null;
  /** `w:tblW`: its type (`dxa`: twips, `pct`, `auto`) and value. */
  readonly width: { readonly type: string; readonly w: number };
  /** `w:gridCol` widths in twips. */
  readonly grid: readonly number[];
  readonly rows: ReadonlyArray<{ readonly widths: ReadonlyArray<number | null>; readonly texts: readonly string[] }>;
}

const attr = (xml: string, name: string): string | null => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1] ?? null;
const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The tables of a document.xml (none nested in the report), in order. */
export function docxTables(documentXml: string): DocxTable[] {
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table]) => {
    const tblW = /<w:tblW [^>]*\/>/.exec(table!)?.[0] ?? '';
    return {
      layout: attr(/<w:tblLayout [^>]*\/>/.exec(table!)?.[0] ?? '', 'w:type'),
      width: { type: attr(tblW, 'w:type') ?? '', w: Number(attr(tblW, 'w:w')) },
      grid: [...table!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
      rows: [...table!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, row]) => {
        const cells = [...row!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1]!);
        return {
          widths: cells.map((c) => {
            const w = /<w:tcW [^>]*\/>/.exec(c)?.[0];
            return w && attr(w, 'w:type') === 'dxa' ? Number(attr(w, 'w:w')) : null;
          }),
          texts: cells.map((c) => unescape([...c.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')))
        };
      })
    };
  });
}

/** The page's text width in twips: `w:pgSz`'s width less `w:pgMar`'s left and right. */
export function pageTextWidth(documentXml: string): number {
  const size = /<w:pgSz [^>]*\/>/.exec(documentXml)?.[0] ?? '';
  const margin = /<w:pgMar [^>]*\/>/.exec(documentXml)?.[0] ?? '';
  return Number(attr(size, 'w:w')) - Number(attr(margin, 'w:left')) - Number(attr(margin, 'w:right'));
}
