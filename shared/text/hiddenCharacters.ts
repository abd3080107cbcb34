// C0 and C1 controls (escape sequences that drive a terminal) and the bidirectional marks,
// embeddings, overrides and isolates that make text display in another order than it is stored.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- the same, line feeds included
const HIDDEN_IN_LINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function shown(c: string): string {
  return `\\u{${c.codePointAt(0)!.toString(16)}}`;
}

/**
 * Text from a file or a user with its hidden characters written out as `\u{…}`: controls and
 * bidirectional overrides then neither act (on a terminal) nor turn what follows around (in a
 * report: a file named `invoice\u{202e}txt.exe.txt` read as another file's name). Tabs become
 * spaces; line breaks are kept.
 *
 * @example showHidden('a\u001b[2Jb') === 'a\\u{1b}[2Jb'
 */
export function showHidden(text: string): string {
  return text.replace(/\t/g, ' ').replace(HIDDEN, shown);
}

/**
 * {@link showHidden} for a value that must stay on one line (a file name, a path, a title): a line
 * feed is written out too, so a name cannot forge a line of a listing or a row of a table.
 *
 * @example showHiddenInLine('two\n# Heading.txt') === 'two\\u{a}# Heading.txt'
 */
export function showHiddenInLine(text: string): string {
  return text.replace(/\t/g, ' ').replace(HIDDEN_IN_LINE, shown);
}
