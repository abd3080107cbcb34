/**
 * Normalising text for the library: one newline style, no control characters, paragraphs separated
 * by exactly one blank line. Every extractor passes its output through {@link tidyText}.
 */

/** C0/C1 controls except tab and newline, plus zero-width no-break space (a BOM mid-text). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFEFF]/g;

/**
 * Normalises extracted text: CRLF/CR → LF, form feed → paragraph break, control characters removed,
 * trailing spaces trimmed, runs of blank lines collapsed to one, leading/trailing blank lines dropped.
 * Line breaks inside a paragraph are kept as the source had them.
 */
export function tidyText(text: string): string {
  // NB: each pass is skipped when a cheap test shows it would change nothing: most files are
  // already LF-only, control-free text, and seven full passes were a tenth of a worker's time.
  let out = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  if (out.includes('\f')) out = out.replace(/\f/g, '\n\n');
  if (CONTROL_TEST.test(out)) out = out.replace(CONTROL, '');
  if (TRAILING_SPACE_TEST.test(out)) out = out.replace(/[ \t\u00A0]+$/gm, '');
  if (out.includes('\n\n\n')) out = out.replace(/\n{3,}/g, '\n\n');
  return out.replace(/^\s*\n/, '').trim();
}

const CONTROL_TEST = new RegExp(CONTROL.source);
/** A space, tab or no-break space before a line terminator (U+2028 too) or at the end. */
const TRAILING_SPACE_TEST = /[ \t\u00A0]$/m;

/** True when the text has nothing a reader would see (whitespace, invisible characters). */
export function isBlank(text: string): boolean {
  return !/[^\s\u200B-\u200D\u2060\uFEFF]/.test(text);
}

/** Collapses whitespace inside one line of text (for titles and other metadata values). */
export function oneLine(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}
