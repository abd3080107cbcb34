/**
 * One row per wording of a figure: sources printing the same words (`between 270,000 and 330,000
 * people` in three wire copies) are listed once with all their sources, in the app and in every
 * export (review 13, #4: the identical range was repeated three times).
 */

/** A wording and the figures (one per source place) that print it. */
export interface FigureWording<T> {
  /** The wording as the first source prints it. */
  readonly text: string;
  /** The figures printing it, in the order given. */
  readonly figures: T[];
}

/**
 * Groups figures by their wording, ignoring case and spacing (`More than 30 towns` = `more than
 * 30  towns`), in order of first appearance.
 *
 * @example figureWordings([{text: '320,000'}, {text: '300,000'}, {text: '320,000'}]).map((w) => w.figures.length) // [2, 1]
 */
export function figureWordings<T extends { readonly text: string }>(figures: readonly T[]): FigureWording<T>[] {
  const byKey = new Map<string, FigureWording<T>>();
  for (const figure of figures) {
    const key = figure.text.trim().replace(/\s+/g, ' ').toLowerCase();
    const wording = byKey.get(key);
    if (wording) wording.figures.push(figure);
    else byKey.set(key, { text: figure.text, figures: [figure] });
  }
  return [...byKey.values()];
}
