/**
 * The document information of an exported PDF: Chromium prints a report with its own user agent
 * as Creator (`Mozilla/5.0 … HeadlessChrome/156…`) and `Skia/PDF m156` as Producer, which is what a
 * PDF viewer's Properties and a reference manager's import then show. This rewrites them as
 * Crosscheck's, with the report's title and author, without a PDF library: Chromium's PDFs end in
 * a classic cross-reference table, so a new information dictionary is appended as an incremental
 * update (PDF 1.7, 7.5.6), which every reader follows, and the old one is blanked in place (same
 * length, so no offset moves) so the user agent is not left in the file.
 */

/** What the exported PDF says about itself. */
export interface PdfInfo {
  readonly title: string;
  /** The report's author; left out when unset. */
  readonly author?: string | null;
}

/** The name written as the PDF's Creator and Producer. */
export const PDF_CREATOR = 'Crosscheck';

/** A PDF text string any reader decodes: UTF-16BE with its byte-order mark, in hex. */
function textString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** Where the dictionary opening at `start` (`<<`) ends, one past its `>>`; -1 when it does not close. */
function dictEnd(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === '(') {
      // A literal string: nested parentheses balance, a backslash escapes the next character.
      let nest = 0;
      for (; i < s.length; i++) {
        if (s[i] === '\\') i++;
        else if (s[i] === '(') nest++;
        else if (s[i] === ')' && --nest === 0) break;
      }
    } else if (c === '<' && s[i + 1] === '<') {
      depth++;
      i++;
    } else if (c === '<') {
      i = s.indexOf('>', i);
      if (i < 0) return -1;
    } else if (c === '>' && s[i + 1] === '>') {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * `pdf` with `info` as its document information: Title, Author (when given), Creator and Producer
 * `Crosscheck`, the creation and modification dates Chromium wrote kept. A PDF that does not end
 * in a classic trailer (none Chromium makes) is returned unchanged: wrong metadata is better than
 * a broken file.
 */
export function withPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const s = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(s);
  const trailerAt = s.lastIndexOf('trailer');
  if (!startxref || trailerAt < 0) return pdf;
  const trailer = s.slice(trailerAt, startxref.index);
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer);
  if (!size || !root) return pdf;
  const oldInfo = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer);

  let body = s;
  let dates = '';
  if (oldInfo) {
    const objAt = new RegExp(`(?:^|[\\r\\n])${oldInfo[1]}\\s+${oldInfo[2]}\\s+obj\\s*`).exec(s);
    const open = objAt ? objAt.index + objAt[0].length : -1;
    const end = open >= 0 && s.startsWith('<<', open) ? dictEnd(s, open) : -1;
    if (end < 0) return pdf;
    const dict = s.slice(open, end);
    for (const key of ['CreationDate', 'ModDate']) {
      const date = new RegExp(`/${key}\\s*(\\([^()\\\\]*\\))`).exec(dict);
      if (date) dates += ` /${key} ${date[1]}`;
    }
    body = s.slice(0, open) + `<<${' '.repeat(dict.length - 4)}>>` + s.slice(end);
  }

  const id = Number(size[1]);
  const author = info.author ? ` /Author ${textString(info.author)}` : '';
  const object = `${id} 0 obj\n<</Title ${textString(info.title)}${author} /Creator (${PDF_CREATOR}) /Producer (${PDF_CREATOR})${dates}>>\nendobj\n`;
  const lead = body.endsWith('\n') ? '' : '\n';
  const objectAt = body.length + lead.length;
  const xrefAt = objectAt + object.length;
  const update =
    `${lead}${object}xref\n${id} 1\n${String(objectAt).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${id + 1} /Root ${root[1]} /Info ${id} 0 R /Prev ${startxref[1]}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body + update, 'latin1'));
}
