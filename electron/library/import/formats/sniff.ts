/**
 * Choosing the extractor: by extension, corrected by magic bytes where they are unambiguous (a PDF
 * or zip renamed to .txt, a page saved without extension). Text formats have no magic, so their
 * extension is trusted and the extractor's own checks (binary, empty) catch a wrong one.
 */

/** Format ids, also the `format` of a successful result. */
export type FormatId = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'csv' | 'tsv' | 'json' | 'jsonl' | 'zip';

/** Extensions read, with the format each one means. */
const BY_EXTENSION: Readonly<Record<string, FormatId>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.zip': 'zip'
};

/** Every file extension `extractFile` reads (lower case, with the dot). */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze(Object.keys(BY_EXTENSION));

/** Advice for formats users commonly try that are not read. */
const UNSUPPORTED_ADVICE: Readonly<Record<string, string>> = {
  '.doc': 'Old Word 97–2003 documents (.doc) cannot be read; save it as .docx and import it again.',
  '.rtf': 'RTF documents cannot be read; save it as .docx or .txt and import it again.',
  '.odt': 'OpenDocument text (.odt) cannot be read; save it as .docx and import it again.',
  '.pages': 'Pages documents cannot be read; export it as .docx or PDF and import it again.',
  '.xlsx': 'Excel workbooks cannot be read; export the sheet as CSV and import that.',
  '.xls': 'Excel workbooks cannot be read; export the sheet as CSV and import that.',
  '.ods': 'Spreadsheets (.ods) cannot be read; export the sheet as CSV and import that.',
  '.mht': 'Web archives (.mht) cannot be read; save the page as "Web page, HTML only" and import that.',
  '.mhtml': 'Web archives (.mhtml) cannot be read; save the page as "Web page, HTML only" and import that.',
  '.webarchive': 'Safari web archives cannot be read; save the page as HTML (Page Source) and import that.',
  '.epub': 'E-books (.epub) cannot be read; copy the text you need into a text file and import that.'
};

/** The format a file name's extension means, or undefined when it is not one we read. */
export function formatOfName(fileName: string): FormatId | undefined {
  return BY_EXTENSION[extensionOf(fileName)];
}

/** Lower-case extension of the last path segment, with the dot; '' when there is none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** `%PDF-` within the first 1,024 bytes (PDF readers accept junk before the header). */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes('%PDF-');
}

/** A zip local file header or an empty archive's end record. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** An OLE compound file (old .doc, or a password-protected .docx). */
export function isCfb(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return magic.every((b, i) => bytes[i] === b);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return /^(?:\xEF\xBB\xBF)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(head);
}

function zipFormat(bytes: Uint8Array): FormatId {
  // A .docx renamed: its central directory names the main document part in plain ASCII.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml') ? 'docx' : 'zip';
}

/** The chosen extractor, and whether the content contradicted the extension. */
export type FormatChoice = { format: FormatId; mismatch?: string } | { unsupported: string };

/** Picks the format for a file from its name and first bytes. */
export function chooseFormat(fileName: string, bytes: Uint8Array): FormatChoice {
  const ext = extensionOf(fileName);
  const byExtension = BY_EXTENSION[ext];
  const textual = byExtension !== undefined && byExtension !== 'pdf' && byExtension !== 'docx' && byExtension !== 'zip';
  if (byExtension === undefined || textual) {
    // NB: only a header at byte 0 counts here; "%PDF-" further in may just be text about PDFs.
    const startsPdf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 5)).toString('latin1') === '%PDF-';
    const sniffed = startsPdf ? 'pdf' : isZip(bytes) ? zipFormat(bytes) : undefined;
    if (sniffed && byExtension !== undefined)
      return { format: sniffed, mismatch: `This ${ext} file is really a ${sniffed.toUpperCase()} file and was read as one` };
    if (sniffed) return { format: sniffed };
    if (byExtension === undefined && looksLikeHtml(bytes)) return { format: 'html' };
  }
  if (byExtension !== undefined) return { format: byExtension };
  const advice = UNSUPPORTED_ADVICE[ext];
  if (advice) return { unsupported: advice };
  if (ext === '')
    return {
      unsupported:
        'This file has no extension and its content is not a format that can be imported; if it is text, add .txt to its name and import it again.'
    };
  return {
    unsupported: `Files of type ${ext} cannot be imported (supported: ${SUPPORTED_EXTENSIONS.join(', ')}); save it in one of those formats and import that.`
  };
}
