// C0 and C1 controls (a file name, an article or a note can hold escape sequences that would
// drive the terminal: retitle it, clear it, move the cursor), and the bidirectional overrides
// that make text display in another order than it is.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- the same, line feeds included
const UNSAFE_IN_LINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function shown(c: string): string {
  return `\\u{${c.codePointAt(0)!.toString(16)}}`;
}

/**
 * Text from a file, an article or a note made safe to print: control characters, escape
 * sequences and bidirectional overrides are shown as `\u{…}` instead of acting on the terminal;
 * tabs become spaces. Line breaks are kept (for bodies and notes, which have lines).
 *
 * @example terminalText('a\u001b[2Jb') === 'a\\u{1b}[2Jb'
 */
export function terminalText(text: string): string {
  return text.replace(/\t/g, ' ').replace(UNSAFE, shown);
}

/**
 * {@link terminalText} for a value that must stay on one line (a path, a title, an outlet): a
 * line feed is shown as `\u{a}` too, so a file name cannot forge a line of a report.
 */
export function terminalLine(text: string): string {
  return text.replace(/\t/g, ' ').replace(UNSAFE_IN_LINE, shown);
}
