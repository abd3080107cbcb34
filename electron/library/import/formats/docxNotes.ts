/**
 * Footnotes and endnotes of a Word document as text, which mammoth's `extractRawText` leaves out.
 * They are part of what the author wrote: two documents differing only in their notes are not the
 * same text (review 13, finding 12), and a document whose only words are a footnote has text.
 *
 * The form is pandoc's plain output without the markers in the body: after the body, one paragraph
 * per note, `[1] A tachyon walks into a bar.`, numbered in the order the body refers to them (notes
 * no paragraph refers to come last, in the part's order). The body itself is left as mammoth reads
 * it, so a search or a comparison of the body sees no `[1]` glued to a word.
 *
 * Read with patterns, like docxFallbackText: no DTD or entity processing, nothing external.
 */
import { docxFallbackText } from './docxFallbackText';

/** The note parts of a package, as text (absent parts are `undefined`). */
export interface DocxNoteParts {
  /** `word/document.xml`: where the references are, which give the notes' order. */
  document?: string;
  /** `word/footnotes.xml`. */
  footnotes?: string;
  /** `word/endnotes.xml`. */
  endnotes?: string;
}

type NoteKind = 'footnote' | 'endnote';

/** Whether `xml[i]` continues a name (`<w:footnote` is not `<w:footnotes` or `<w:footnotePr`). */
const continuesName = (xml: string, i: number): boolean => /\w/.test(xml.charAt(i));

/**
 * Each element `<w:${name}…>…</w:${name}>` of `xml` in order: its attributes (the text inside the
 * start tag) and its content (up to the first closing tag after it, as a lazy pattern would).
 *
 * NB: a scanner, not `<w:footnote\b([^>]*)>([\s\S]*?)</w:footnote>` with `g`: for every start tag
 * with no closing tag after it, that pattern read to the end of the part, so a hostile part of
 * unclosed notes took quadratic time (review 13: 1.1 MB, a few KB zipped, 5.9 s). Here each
 * character is read a bounded number of times, and the first start tag with no closing tag
 * after it ends the scan (no later one can have one either).
 */
function* elements(xml: string, name: string): Generator<{ attributes: string; content: string }> {
  const open = `<w:${name}`;
  const close = `</w:${name}>`;
  let from = 0;
  for (;;) {
    const start = xml.indexOf(open, from);
    if (start < 0) return;
    from = start + open.length;
    if (continuesName(xml, from)) continue;
    const tagEnd = xml.indexOf('>', from);
    if (tagEnd < 0) return;
    const end = xml.indexOf(close, tagEnd + 1);
    if (end < 0) return;
    yield { attributes: xml.slice(from, tagEnd), content: xml.slice(tagEnd + 1, end) };
    from = end + close.length;
  }
}

/** Notes of one part by id, in the part's order; separators (Word's rule above the notes) skipped. */
function notesOf(kind: NoteKind, xml: string | undefined): Map<string, string> {
  const notes = new Map<string, string>();
  if (!xml) return notes;
  for (const { attributes, content } of elements(xml, kind)) {
    // Separators and continuation notices carry no words of the author's.
    if (/\bw:type="(?:separator|continuationSeparator|continuationNotice)"/.test(attributes)) continue;
    const id = /\bw:id="(-?\d+)"/.exec(attributes)?.[1];
    if (id === undefined || notes.has(id)) continue;
    const text = docxFallbackText(content);
    if (text.trim()) notes.set(id, text);
  }
  return notes;
}

/**
 * The note references of the body in order (`<w:footnoteReference w:id="2"/>`), read tag by tag
 * for the same reason as {@link elements}: a lazy pattern over `[^>]*?` read to the end of the
 * part for every reference tag left unclosed.
 */
function* referencesOf(xml: string): Generator<{ kind: NoteKind; id: string }> {
  const start = /<w:(footnote|endnote)Reference\b/g;
  for (let m = start.exec(xml); m; m = start.exec(xml)) {
    const tagEnd = xml.indexOf('>', start.lastIndex);
    if (tagEnd < 0) return;
    const id = /\bw:id="(-?\d+)"/.exec(xml.slice(start.lastIndex, tagEnd))?.[1];
    if (id !== undefined) yield { kind: m[1] as NoteKind, id };
    start.lastIndex = tagEnd + 1;
  }
}

/**
 * The notes as paragraphs to put after the body (`[1] First note.\n\n[2] Second.`), or `''` when
 * the document has none with text.
 */
export function docxNotesText(parts: DocxNoteParts): string {
  const notes = { footnote: notesOf('footnote', parts.footnotes), endnote: notesOf('endnote', parts.endnotes) };
  if (notes.footnote.size === 0 && notes.endnote.size === 0) return '';
  const ordered: string[] = [];
  const used = new Set<string>();
  const take = (kind: NoteKind, id: string) => {
    const text = notes[kind].get(id);
    if (text === undefined || used.has(`${kind}:${id}`)) return;
    used.add(`${kind}:${id}`);
    ordered.push(text);
  };
  for (const { kind, id } of referencesOf(parts.document ?? '')) take(kind, id);
  for (const kind of ['footnote', 'endnote'] as const) for (const id of notes[kind].keys()) take(kind, id);
  return ordered.map((text, i) => `[${i + 1}] ${text}`).join('\n\n');
}
