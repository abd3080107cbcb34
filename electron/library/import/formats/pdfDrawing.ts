/**
 * Whether a PDF whose pages gave no text draws anything at all. A scan paints images; a drawing,
 * a chart or text turned into outlines paints paths and shadings; a damaged file, whose content
 * streams pdf.js could not decode or parse, paints nothing — pdf.js reads such a page as an empty
 * one, even with `stopAtErrors`, so "no text" alone sent damaged files to text recognition.
 *
 * Read from the file's own bytes: image dictionaries (`/Subtype /Image`) are never compressed (a
 * stream cannot sit in an object stream) nor encrypted (only strings and stream data are), and
 * content streams are plain or Flate-compressed, inflated here within a budget and searched for a
 * painting operator.
 *
 * NB: not pdf.js's operator lists, which would say the same: building one loops without end on a
 * form that draws itself (pdf.js's `operator_list_cycle.pdf`, synchronously, so no timer can stop
 * it) and decodes every image, so a bad file would hold its extraction worker until the watchdog.
 */
import { inflateSync } from 'node:zlib';

/** Operators that paint: fill and stroke a path, a shading, an XObject, an inline image, glyphs. */
const PAINTS = /(?:^|[\s\])>])(?:f\*?|F|S|s|B\*?|b\*?|sh|Do|BI|Tj|TJ|'|")(?=[\s[(</]|$)/;
/** Streams that are not page content: fonts, images, colour profiles, metadata, object and xref streams. */
const NOT_CONTENT = /\/Length[123]\b|\/Subtype\s*\/(?:Image|Type1C|CIDFontType0C|OpenType|XML)\b|\/Type\s*\/(?:ObjStm|XRef|Metadata|EmbeddedFile)\b|\/N\s+\d|\/FunctionType\b/;
/** How much content is inflated at most: enough for any page's drawing, bounded for a hostile file. */
const INFLATE_BUDGET = 32 * 1024 * 1024;
/** The most one stream may inflate to (a zip bomb inside a PDF). */
const STREAM_LIMIT = 4 * 1024 * 1024;

const IMAGE = Buffer.from('/Image');
const ENCRYPT = Buffer.from('/Encrypt');
const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/** True for bytes that end a PDF name: white space and delimiters (PDF 32000-1, 7.2.2). */
function endsName(byte: number | undefined): boolean {
  return byte === undefined || ' \t\r\n\f\0()<>[]{}/%'.includes(String.fromCharCode(byte));
}

/** True when the file holds an image: the name `/Image` standing alone (not `/ImageB`, `/ImageC`, `/ImageI`, procedure-set names). */
export function pdfHasImages(data: Buffer): boolean {
  for (let at = data.indexOf(IMAGE); at >= 0; at = data.indexOf(IMAGE, at + IMAGE.length)) {
    if (endsName(data[at + IMAGE.length])) return true;
  }
  return false;
}

/** The stream's dictionary: the text between the `obj` before it and the keyword. */
function dictionaryBefore(data: Buffer, at: number): string {
  const from = Math.max(0, at - 4096);
  const head = data.subarray(from, at).toString('latin1');
  const obj = head.lastIndexOf(' obj');
  return obj >= 0 ? head.slice(obj) : head;
}

/** A stream's filters, in order: `/Filter /FlateDecode` or `/Filter [/ASCII85Decode /FlateDecode]`. */
function filtersOf(dictionary: string): string[] {
  const array = /\/Filter\s*\[([^\]]*)\]/.exec(dictionary);
  if (array) return [...array[1]!.matchAll(/\/(\w+)/g)].map((m) => m[1]!);
  const one = /\/Filter\s*\/(\w+)/.exec(dictionary);
  return one ? [one[1]!] : [];
}

/**
 * True when the file paints something: an image, or a content stream (plain or Flate) with a
 * painting operator. Also true when that cannot be told — encrypted stream data, the budget spent
 * — so the caller keeps the advice it gave before.
 */
export function pdfDrawsSomething(bytes: Uint8Array): boolean {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (pdfHasImages(data)) return true;
  // Encrypted stream data (pdf.js opened it without a user password) cannot be read here.
  if (data.includes(ENCRYPT)) return true;
  let budget = INFLATE_BUDGET;
  for (let at = data.indexOf(STREAM); at >= 0; at = data.indexOf(STREAM, at + 1)) {
    // `endstream` holds `stream` too; so does a name or a string, which no dictionary ends right before.
    if (data[at - 1] === 0x64 /* d */) continue;
    const start = at + STREAM.length + (data[at + STREAM.length] === 0x0d ? 2 : 1);
    const end = data.indexOf(END_STREAM, start);
    if (end < 0) break;
    const dictionary = dictionaryBefore(data, at);
    if (!dictionary.includes('>>') || NOT_CONTENT.test(dictionary)) continue;
    const filters = filtersOf(dictionary);
    let content: Buffer;
    if (filters.length === 0) content = data.subarray(start, end);
    else if (filters.length > 1 || filters[0] !== 'FlateDecode') continue;
    else {
      if (budget <= 0) return true;
      try {
        content = inflateSync(data.subarray(start, end), { maxOutputLength: Math.min(STREAM_LIMIT, budget), finishFlush: 2 });
      } catch (error) {
        // Past the limit: a big drawing, or a bomb; either way it cannot be told here.
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return true;
        continue; // undecodable: the damage itself
      }
    }
    budget -= content.length;
    if (PAINTS.test(content.toString('latin1'))) return true;
    at = end;
  }
  return false;
}
