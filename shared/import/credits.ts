/**
 * Wire credits in article text: which agencies' reporting an outlet ran. Text credits only —
 * a photo credit says who took the picture, not who wrote the words, so captions are read
 * separately by {@link photoCreditsIn} and never count as wire credits.
 */
import { AGENCY_PATTERN, agencyName, photoSourcesIn } from './agencies';

/**
 * What libraries imported before December 2026 stored for `SOURCE: NEWS AGENCIES`. It names no
 * agency, so it is no credit: it is no longer stored, and {@link namedCredits} drops it where
 * stored credits are read.
 */
const UNNAMED_AGENCIES = 'news agencies';

/**
 * Stored credits without the old unnamed `news agencies` (see {@link UNNAMED_AGENCIES}), so a
 * library imported before shows and exports only named agencies, without reimporting.
 */
export function namedCredits(credits: readonly string[]): string[] {
  return credits.filter((c) => c !== UNNAMED_AGENCIES);
}

const A = `(${AGENCY_PATTERN})`;

/** `SOURCE: NEWS AGENCIES`, `Sources: Al Jazeera and Reuters`. */
const SOURCE_LINE = /^sources?\s*:\s*(.+?)\.?$/i;
/** `With reporting from AFP`, `Additional reporting by Reuters`, `Reporting by …`. */
const REPORTING_LINE = /^(?:with |additional )?(?:reporting|input|inputs|contributions?) (?:from|by) (.+?)\.?$/i;
/** `© AFP 2018`, `Copyright Reuters`, `(c) AP`. */
const COPYRIGHT_LINE = new RegExp(`^(?:©|\\(c\\)|[Cc]opyright)\\s*(?:\\d{4}\\s*)?${A}\\b`);
/** `By AFP`, `By Reuters staff`, or a bare `AFP` / `– AFP` on its own line. */
const AGENCY_ONLY_LINE = new RegExp(`^(?:(?:[Bb]y|[-–—])\\s+)?${A}(?:\\s+[Ss]taff)?\\.?$`);

/** Any agency name anywhere: the cheap first test. */
const ANY_AGENCY = new RegExp(A);

/**
 * Credits inside a paragraph, where an outlet writes them: opening it as a dateline or closing it
 * as a sign-off. Each captures the agency. NB: a running sentence naming an agency (`told the
 * Reuters news agency`, `according to AFP`, `Reuters is reporting`) cites a source, it does not
 * say whose copy was run: a BBC report quoting what someone told Reuters is the BBC's own
 * (review 15, #2: in bbc-news-2225, all 62 articles those phrases credited were such quotes).
 */
const INLINE: readonly RegExp[] = [
  // `… lives, opposition leader Ali Salhadi said. – AFP`
  new RegExp(`(?:^|\\s)[-–—]\\s*${A}\\s*\\.?$`),
  // `… lives, the opposition said. (AFP)`
  new RegExp(`(?:^|\\s)\\(${A}\\)\\s*\\.?$`),
  // `BEIRUT (AFP) -`, `DAMASCUS, July 4 (Reuters) —`, `(Reuters) -`: a dateline opening the paragraph
  new RegExp(`^[^.!?()]{0,80}\\(${A}\\)\\s*[-–—:]`)
];

/**
 * The running-sentence phrases the credit rule before revision 2 (`WIRE_CREDIT_RULE`,
 * creditRule.ts) also took for credits: an agency in brackets anywhere, `AFP reported`, `told
 * AFP`, `according to Reuters`. Kept only to tell which credits a library stored by that rule it
 * read from such phrases alone, so they can be taken away without reimporting (review 15, #2).
 */
const RETIRED_INLINE: readonly RegExp[] = [
  new RegExp(`\\(${A}\\)`, 'g'),
  new RegExp(`\\b${A}\\s+(?:is reporting|was reporting|has reported|reported|reports)\\b`, 'g'),
  new RegExp(`\\b(?:told|according to|speaking to|quoted by|cited by)\\s+(?:[Tt]he\\s+)?${A}\\b`, 'g')
];

/**
 * Whether a line is nothing but a credit (`SOURCE: NEWS AGENCIES`, `With reporting from AFP`,
 * `– AFP`). Such lines stay in the text — they are the outlet's own words about its sources —
 * but they are not reporting, so headline and teaser rules look past them.
 */
export function isCreditLine(line: string): boolean {
  return SOURCE_LINE.test(line) || REPORTING_LINE.test(line) || COPYRIGHT_LINE.test(line) || AGENCY_ONLY_LINE.test(line);
}

/**
 * The wire agencies a paragraph credits, stored names in order of appearance.
 *
 * @example creditsIn('DAMASCUS (AFP) - Rebels said talks failed.') // ['AFP']
 * @example creditsIn('SOURCE: AL JAZEERA AND AFP') // ['AFP']
 * @example creditsIn('“The session ended,” Jabbawi told AFP.') // []: a quoted source, no credit
 * @example creditsIn('SOURCE: NEWS AGENCIES') // []: no agency is named
 */
export function creditsIn(line: string): string[] {
  const list = SOURCE_LINE.exec(line)?.[1] ?? REPORTING_LINE.exec(line)?.[1];
  if (list !== undefined) return creditList(list);
  // Every pattern below names an agency: one pass over the line rules most lines out cheaply.
  if (!ANY_AGENCY.test(line)) return [];
  const found: Array<{ index: number; name: string }> = [];
  const whole = COPYRIGHT_LINE.exec(line) ?? AGENCY_ONLY_LINE.exec(line);
  if (whole?.[1] !== undefined) found.push({ index: 0, name: agencyName(whole[1]) ?? whole[1] });
  for (const re of INLINE) {
    const m = re.exec(line);
    const name = agencyName(m?.[1] ?? '');
    if (m !== null && name !== undefined) found.push({ index: m.index, name });
  }
  return unique(found.sort((a, b) => a.index - b.index).map((f) => f.name));
}

/**
 * Agencies in a credit list (`Al Jazeera and AFP`, `AFP, Reuters`). Names that are not agencies
 * (the outlet itself, reporters) are skipped, and so are `news agencies`, `wires`: a credit says
 * whose copy was run, and those words name no one (a wire chip reading "news agencies" told the
 * user nothing, and in exports looked like an agency's name).
 */
function creditList(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(/\s*(?:,|;|&|\/|\band\b)\s*/i)) {
    const p = part.trim();
    if (p === '') continue;
    const name = agencyName(p);
    if (name !== undefined) out.push(name);
  }
  return unique(out);
}

/**
 * Photo credits in a caption: `… [Getty]`, `… / AFP / Youssef KARWASHAN`, `(Photo: Reuters)`,
 * `(AP Photo/Hassan Ammar)`.
 *
 * @example photoCreditsIn('Rebels near Deraa [AFP/Getty]') // ['AFP', 'Getty']
 */
export function photoCreditsIn(caption: string): string[] {
  const out: string[] = [];
  const bracket = /\[([^\]]{1,60})\]\s*$/u.exec(caption);
  if (bracket?.[1] !== undefined) out.push(...photoSourcesIn(bracket[1]));
  const slashed = /\s\/\s*([\p{Lu}][\p{Lu}-]+)(?:\s+PHOTO)?\s*\//u.exec(caption);
  if (slashed?.[1] !== undefined) out.push(...photoSourcesIn(slashed[1]));
  const labelled = /\b(?:photo|photograph|picture|image)(?:\s+credit)?\s*:\s*([^)\]]{1,60})/iu.exec(caption);
  if (labelled?.[1] !== undefined) out.push(...photoSourcesIn(labelled[1].replace(/[.\s]+$/u, '')));
  const apStyle = new RegExp(`\\(${A}\\s+Photo\\b`).exec(caption);
  if (apStyle?.[1] !== undefined) out.push(agencyName(apStyle[1]) ?? apStyle[1]);
  return unique(out);
}

/**
 * The agencies a paragraph names in the phrases the credit rule before revision 2 also read
 * ({@link RETIRED_INLINE}); as that rule did, none for a source or reporting line, whose list is
 * all it read.
 *
 * @example retiredCreditsIn('“The session ended,” Jabbawi told AFP.') // ['AFP']
 * @example retiredCreditsIn('Sources: Al Jazeera and AFP') // []
 */
export function retiredCreditsIn(line: string): string[] {
  if (SOURCE_LINE.test(line) || REPORTING_LINE.test(line) || !ANY_AGENCY.test(line)) return [];
  const found: string[] = [];
  for (const re of RETIRED_INLINE) {
    for (const m of line.matchAll(re)) {
      const name = agencyName(m[1] ?? '');
      if (name !== undefined) found.push(name);
    }
  }
  return unique(found);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
