/**
 * Column widths for the Word report's tables, decided by what the columns hold (fixui #2): a table
 * whose columns were all the same width (the `docx` package's grid for a table with no widths)
 * gave a source's letter or its date as much room as its title, and Word's autofit, where it runs,
 * crams the title instead. Widths are in twips (1/20 pt) and always add up to the width given (the
 * page's text width), so the table spans the page and Word lays it out as written (fixed layout).
 */

/**
 * How a column may wrap:
 * - `tight`: never (a letter, a date, a percentage): as wide as its longest cell;
 * - `text`: between words; gets its share of any spare width;
 * - `main`: like `text`, and gets twice the share (a source's title, what the table is read for);
 * - `anywhere`: a web address or file line, which breaks at any character: never given more than
 *   {@link ANYWHERE_MAX} characters, so a long URL does not take the title's room.
 */
export type ColumnFit = 'tight' | 'text' | 'main' | 'anywhere';

/** One column: how it wraps, and every text it shows (its header included). */
export interface ColumnContent {
  readonly fit: ColumnFit;
  readonly texts: readonly string[];
}

/**
 * Twips a character of the tables' 9 pt Georgia takes, a little over its average (about 4.7 pt),
 * so a `tight` column holds its text on one line.
 */
const CHAR_TWIPS = 100;
/** Word's default cell margins (108 twips each side) and the borders. */
const CELL_PADDING_TWIPS = 236;
/** A word longer than this many characters is broken by Word anyway: a column need not fit it. */
const LONGEST_UNBROKEN = 18;
/** The most characters an `anywhere` column is given a line for, and the fewest it is kept to. */
const ANYWHERE_MAX = 30;
const ANYWHERE_MIN = 12;
const SPARE_WEIGHT: Record<ColumnFit, number> = { tight: 0, text: 1, main: 2, anywhere: 1 };

/** Characters a line of `text` takes, a wide (East Asian) character as two. */
function charCount(text: string): number {
  let count = 0;
  for (const ch of text)
    count += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  return count;
}

const twips = (chars: number) => chars * CHAR_TWIPS + CELL_PADDING_TWIPS;

/** The narrowest and widest a column should be, in twips. */
function range(column: ColumnContent): { min: number; max: number } {
  const longest = Math.max(1, ...column.texts.map(charCount));
  const longestWord = Math.max(1, ...column.texts.flatMap((t) => t.split(/\s+/)).map(charCount));
  switch (column.fit) {
    case 'tight':
      return { min: twips(longest), max: twips(longest) };
    case 'anywhere':
      return { min: twips(Math.min(longest, ANYWHERE_MIN)), max: twips(Math.min(longest, ANYWHERE_MAX)) };
    default:
      return { min: twips(Math.min(longestWord, LONGEST_UNBROKEN, longest)), max: twips(longest) };
  }
}

/**
 * Shares `spare` twips out over the columns' narrowest widths, each in proportion to how much more
 * it would take to fit on one line (twice that for `main`), a column that reaches its one-line
 * width taking no more: what it would have had goes round the others.
 */
function growTowardsMax(
  columns: readonly ColumnContent[],
  ranges: ReadonlyArray<{ min: number; max: number }>,
  spare: number
): number[] {
  const widths = ranges.map((r) => r.min);
  let left = spare;
  let open = ranges.map((r, i) => i).filter((i) => ranges[i]!.max > ranges[i]!.min);
  while (left > 0.5 && open.length > 0) {
    const weight = (i: number) => (ranges[i]!.max - ranges[i]!.min) * (columns[i]!.fit === 'main' ? 2 : 1);
    const sum = open.reduce((s, i) => s + weight(i), 0);
    let given = 0;
    for (const i of open) {
      const give = Math.min((left * weight(i)) / sum, ranges[i]!.max - widths[i]!);
      widths[i]! += give;
      given += give;
    }
    left -= given;
    open = open.filter((i) => ranges[i]!.max - widths[i]! > 0.5);
  }
  return widths;
}

/**
 * The width of each column, in twips, adding up to `total` exactly. As a browser lays out a table
 * whose width is set: every column gets at least its narrowest (its longest word; all of a `tight`
 * column); when everything fits on one line the spare width goes to the text columns (twice to
 * `main`); when it does not, the width left over the narrowest goes to each column in proportion
 * to how much more it would take to fit on one line (twice to `main`, so a long byline does not
 * squeeze the title). Only when even the narrowest do not fit are they shrunk together (Word then
 * wraps inside a word).
 *
 * @example
 * fitColumns([{ fit: 'tight', texts: ['Date', '4 July 2018'] }, { fit: 'main', texts: ['Title', 'Russia strikes Daraa after failure of ceasefire talks'] }], 9026)
 * // [1336, 7690]: the date on one line, the title the rest
 */
export function fitColumns(columns: readonly ColumnContent[], total: number): number[] {
  if (columns.length === 0) return [];
  const ranges = columns.map(range);
  const sumMin = ranges.reduce((s, r) => s + r.min, 0);
  const sumMax = ranges.reduce((s, r) => s + r.max, 0);
  let widths: number[];
  if (sumMin >= total) {
    widths = ranges.map((r) => (r.min * total) / sumMin);
  } else if (sumMax <= total) {
    const weights = columns.map((c, i) => SPARE_WEIGHT[c.fit] * ranges[i]!.max);
    const sumWeights = weights.reduce((s, w) => s + w, 0);
    // Only tight columns: they share the spare width as their widths stand.
    const shares = sumWeights > 0 ? weights.map((w) => w / sumWeights) : ranges.map((r) => r.max / sumMax);
    widths = ranges.map((r, i) => r.max + (total - sumMax) * shares[i]!);
  } else {
    widths = growTowardsMax(columns, ranges, total - sumMin);
  }
  const whole = widths.map(Math.floor);
  // Rounding's few twips go to the widest column, so the sum is the page's width exactly.
  const widest = whole.indexOf(Math.max(...whole));
  whole[widest]! += total - whole.reduce((s, w) => s + w, 0);
  return whole;
}
