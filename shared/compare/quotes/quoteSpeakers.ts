/**
 * One name per person among the speakers a quote's sources give it. The sources write the same
 * person differently — `HRW's Lama Fakih` / `HRW’s Lama Fakih` (straight or curly apostrophe),
 * `Mr Jabbawi` / `Jabbawi`, `Spokesman Ibrahim Jabbawi` / `Their spokesman Ibrahim Jabbawi` — and a
 * list showing each spelling reads as several speakers (review 15, #12).
 */

/** Titles written before a name, which say nothing of who it is. */
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|sheikh)\.?$/i;
/** Apostrophes written other than `'`: right and left single quotes, modifier letter, backtick, prime. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u2032]/gu;
/** Words that open a speaker phrase without naming anyone (`the command`, `their spokesman`). */
const DETERMINER = /^(?:the|a|an|its|their|his|her|our)$/i;

/** The words of a speaker as written, apostrophes made straight and titles dropped. */
function words(speaker: string): string[] {
  return speaker
    .replace(APOSTROPHES, "'")
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '' && !HONORIFIC.test(w));
}

/**
 * Who a speaker is: a phrase ending in a capitalised word names a person or body by that word
 * (`Ibrahim Jabbawi`, `Mr Jabbawi` and `spokesman Jabbawi` are one: within one quote, one surname
 * is one speaker); any other phrase is itself, in lower case, without its determiner.
 */
function speakerKey(speaker: string): string {
  const w = words(speaker);
  const last = w.at(-1) ?? '';
  if (/^\p{Lu}/u.test(last)) return `name:${last.toLowerCase().replace(/'s$/u, '')}`;
  return `phrase:${w
    .filter((x, i) => i > 0 || !DETERMINER.test(x))
    .join(' ')
    .toLowerCase()}`;
}

/** How many words of the name a speaker gives: those after its last lower-case word. */
function nameLength(speaker: string): number {
  const w = words(speaker);
  let from = w.length;
  while (from > 0 && /^\p{Lu}/u.test(w[from - 1]!)) from--;
  return w.length - from;
}

/**
 * The distinct speakers among those written, in order of first appearance, each shown in its
 * fullest form (the most name words, then the shortest, as written), with a straight apostrophe.
 *
 * @example quoteSpeakers(["HRW's Lama Fakih", 'HRW’s Lama Fakih']) // ["HRW's Lama Fakih"]
 * @example quoteSpeakers(['Mr Jabbawi', 'Jabbawi', 'Ibrahim Jabbawi']) // ['Ibrahim Jabbawi']
 */
export function quoteSpeakers(written: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const speaker of written) {
    const shown = speaker.replace(APOSTROPHES, "'").trim();
    if (shown === '') continue;
    const key = speakerKey(shown);
    const held = byKey.get(key);
    const better =
      held === undefined ||
      nameLength(shown) > nameLength(held) ||
      (nameLength(shown) === nameLength(held) && words(shown).length < words(held).length);
    if (better) byKey.set(key, shown);
  }
  return [...byKey.values()];
}
