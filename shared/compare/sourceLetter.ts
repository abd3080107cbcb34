/**
 * The letter a comparison names its index-th source by (`A`, `B`… in column order): the comparison
 * view and the exported comparison use this one rule, so "C" in the app is "C" in the report.
 * A comparison holds at most 12 articles, well inside the alphabet.
 *
 * @example sourceLetter(2) // 'C'
 */
export function sourceLetter(index: number): string {
  return String.fromCharCode(65 + index);
}
