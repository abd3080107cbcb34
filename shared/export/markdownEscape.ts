/**
 * Text made literal in Markdown (CommonMark, pandoc, Obsidian): the punctuation that starts
 * markup is backslash-escaped, and line starts that would make a list or heading are defused.
 */
export function inline(text: string): string {
  return defuseLineStarts(escapeMarkup(text));
}

/** The punctuation that starts Markdown markup, backslash-escaped. */
export function escapeMarkup(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#!|~=^$&@]/g, (c) => `\\${c}`);
}

/**
 * Line starts that would make a list item (`- `, `+ `, `1. `) or a definition (`: `) escaped.
 * NB: for whole lines only: a text that starts in the middle of a line (after `**bold**`) needs no
 * such escape, and one there would only show.
 */
export function defuseLineStarts(text: string): string {
  return text.replace(/^(\s*)([-+:])/gm, '$1\\$2').replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3');
}

/**
 * Text made literal in one cell of a Markdown table: {@link inline}, which escapes `|`, after line
 * breaks become spaces (a line break ends the table's row). NB: escaped once: `\\|` is a literal
 * backslash and then a pipe, which splits the cell (session 17 review, #2: "Daraa talks fail |
 * Reuters" put "Reuters" in the Date column).
 */
export function tableCell(text: string): string {
  return inline(text.replace(/\s*[\r\n]+\s*/g, ' '));
}
