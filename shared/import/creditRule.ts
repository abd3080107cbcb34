/**
 * Which rule read a library's stored wire credits, and how credits stored by an older one are
 * brought up to today's without reading the files again (an unchanged file is never re-imported).
 */
import { classifyLines } from './classify';
import { retiredCreditsIn } from './credits';
import { extractTextMetadata } from './metadata';

/**
 * The revision of the rule that reads wire credits from text (`creditsIn`, `extractTextMetadata`).
 * A library records the revision its stored credits were read by (electron/library/creditRule.ts).
 *
 * - 1: before review 15 — an agency in a running sentence was a credit (`told the Reuters news
 *   agency`, `according to AFP`, `Reuters is reporting`, `(AFP)` anywhere).
 * - 2: an agency counts inside a paragraph only as a dateline opening it or a sign-off closing it
 *   (review 15, #2). It only takes credits away: nothing revision 1 did not store is a credit now.
 *
 * NB: bump it only with a way to bring the previous revision's credits up to date
 * ({@link creditsUnderCurrentRule}).
 */
export const WIRE_CREDIT_RULE = 2;

/**
 * The credits an article stored by revision 1 keeps under today's rule: every one but those
 * revision 1 read from its text only through a phrase today's rule retired (`told Reuters`).
 * A credit today's rule still reads from the text stays, and so does one the text never gave
 * that way: it came from the file's own metadata (a page's author, `dc.source`, a spreadsheet's
 * byline column), which the library does not store apart and cannot read again. `namedBy` are
 * agencies the stored byline and outlet name: a credit they name stays too.
 *
 * @param text the text the credits were read from at import: the original, as the file held it.
 * @example creditsUnderCurrentRule(['Reuters'], 'Rates rose.\n\nA banker told Reuters: "No."') // []
 * @example creditsUnderCurrentRule(['Reuters'], 'LONDON (Reuters) - A banker told Reuters: "No."') // ['Reuters']
 */
export function creditsUnderCurrentRule(stored: readonly string[], text: string, namedBy: readonly string[] = []): string[] {
  const retired = new Set<string>();
  const lines = classifyLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // The paragraphs revision 1 read credits from: neither boilerplate nor a caption.
    if (line.reason === undefined && line.text !== '') for (const name of retiredCreditsIn(line.text)) retired.add(name);
  }
  if (!stored.some((name) => retired.has(name))) return [...stored];
  const current = new Set(extractTextMetadata(text).wireCredits ?? []);
  return stored.filter((name) => !retired.has(name) || current.has(name) || namedBy.includes(name));
}
