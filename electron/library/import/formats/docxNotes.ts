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

/** Notes of one part by id, in the part's order; separators (Word's rule above the notes) skipped. */
function notesOf(kind: NoteKind, xml: string | undefined): Map<string, string> {
  const notes = new Map<string, string>();
  if (!xml) return notes;
  const pattern = new RegExp(`<w:${kind}\\b([^>]*)>([\\s\\S]*?)</w:${kind}>`, 'g');
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    const attributes = m[1]!;
    // Separators and continuation notices carry no words of the author's.
    if (/\bw:type="(?:separator|continuationSeparator|continuationNotice)"/.test(attributes)) continue;
    const id = /\bw:id="(-?\d+)"/.exec(attributes)?.[1];
    const text = docxFallbackText(m[2]!);
    if (id !== undefined && text.trim() && !notes.has(id)) notes.set(id, text);
  }
  return notes;
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
  const references = /<w:(footnote|endnote)Reference\b[^>]*?\bw:id="(-?\d+)"/g;
  for (let m = references.exec(parts.document ?? ''); m; m = references.exec(parts.document ?? '')) take(m[1] as NoteKind, m[2]!);
  for (const kind of ['footnote', 'endnote'] as const) for (const id of notes[kind].keys()) take(kind, id);
  return ordered.map((text, i) => `[${i + 1}] ${text}`).join('\n\n');
}
