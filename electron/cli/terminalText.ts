import { showHidden, showHiddenInLine } from '@shared/text/hiddenCharacters';

/**
 * Text from a file, an article or a note made safe to print: control characters, escape
 * sequences and bidirectional overrides are shown as `\u{…}` instead of acting on the terminal;
 * tabs become spaces. Line breaks are kept (for bodies and notes, which have lines).
 *
 * @example terminalText('a\u001b[2Jb') === 'a\\u{1b}[2Jb'
 */
export function terminalText(text: string): string {
  return showHidden(text);
}

/**
 * {@link terminalText} for a value that must stay on one line (a path, a title, an outlet): a
 * line feed is shown as `\u{a}` too, so a file name cannot forge a line of a report.
 */
export function terminalLine(text: string): string {
  return showHiddenInLine(text);
}
