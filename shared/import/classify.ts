/**
 * Line-by-line classification of an article: which lines are reporting and which are boilerplate,
 * and why. `cleanArticle` and `extractTextMetadata` both read an article through this, so the title
 * is never taken from a line clean-up throws away.
 *
 * Every non-blank line is a paragraph: in scraped text a single line break separates headline,
 * standfirst, caption and paragraphs; it never wraps a sentence.
 */
import { isCreditLine } from './credits';
import { repairEntities } from './entities';
import { headerUrl } from './headerUrl';
import { applyCuts, findInlineCuts, type InlineCut } from './inlineResidue';
import { lineVerdict } from './lineRules';
import { type RawLine, splitLines } from './lines';
import type { RemovalReason } from './removal';
import { isSectionLabel } from './sectionLabel';
import { endsSentence, isHeadlineLike, MAX_HEADLINE_WORDS, startsLikeSentence, wordsIn } from './shape';
import { normalizeSpaces } from './whitespace';

/** One line of the original text and what clean-up makes of it. */
export interface ClassifiedLine {
  /** Offset of the line in the original text. */
  readonly start: number;
  /** Offset one past the line's end (before the line break). */
  readonly end: number;
  readonly raw: string;
  /** The line as a reader shows it: markers cut, entities repaired, spaces normalised; `''` when blank. */
  readonly text: string;
  /** Entities repaired in this line. */
  readonly repairs: number;
  /** Why the whole line is set aside; absent for a kept line. */
  reason?: RemovalReason;
  /** Markers cut from a kept line, in line offsets. */
  readonly cuts: readonly InlineCut[];
}

/** Most headlines a `Read more` heading can carry before we stop believing it. */
const MAX_LIST_ITEMS = 8;
/** Longest teaser at the end of an article, in words. */
const MAX_TEASER_WORDS = 12;

/**
 * Classifies every line of `original`. Blank lines are returned too, with `text === ''`.
 *
 * Passes, in order (a later pass only looks at lines earlier passes kept):
 * 0. header lines at the very top giving the article's address (`Source-URL: http://…`);
 * 1. markers inside lines, then whole-line rules (`lineRules.ts`);
 * 2. the headlines under a `Read more` / `Related Articles` heading;
 * 3. stray lower-case ad labels between paragraphs (`qatar airways`);
 * 4. a section label above the headline (`Middle EastWar`);
 * 5. a teaser sentence above the headline that the article says again further down;
 * 6. a headline repeated right after itself;
 * 7. teaser headlines after the last paragraph, followed only by credits or boilerplate.
 */
export function classifyLines(original: string): readonly ClassifiedLine[] {
  // The importer classifies each text twice in a row (clean-up, then metadata): remember the last.
  if (original === lastInput && lastResult) return lastResult;
  const result = classifyUncached(original);
  lastInput = original;
  lastResult = result;
  return result;
}

let lastInput: string | undefined;
let lastResult: readonly ClassifiedLine[] | undefined;

function classifyUncached(original: string): ClassifiedLine[] {
  const lines = splitLines(original).map(readLine);
  markHeaderUrls(lines);
  const listHeads = new Set<number>();
  for (const [i, line] of lines.entries()) {
    if (line.reason !== undefined || line.text === '') continue;
    if (line.repairs > 0 && isEntityFragment(line.text)) {
      line.reason = 'markup-residue';
      continue;
    }
    const verdict = lineVerdict(line.text);
    if (verdict === undefined) continue;
    line.reason = verdict.reason;
    if (verdict.opensList === true) listHeads.add(i);
  }
  for (const head of listHeads) markList(lines, head);
  markStrayAdLabels(lines);
  markSectionLabels(lines);
  markLeadingTeaser(lines);
  markDuplicateTitles(lines);
  markTrailingTeasers(lines);
  return lines;
}

function readLine(l: RawLine): ClassifiedLine {
  const cuts = findInlineCuts(l.raw);
  const { text: repaired, repairs } = repairEntities(cuts.length > 0 ? applyCuts(l.raw, cuts) : l.raw);
  const text = normalizeSpaces(repaired);
  // A line that was nothing but a marker (`[ad_1]`) goes as a whole, under the marker's reason.
  if (text === '' && cuts.length > 0) return { start: l.start, end: l.end, raw: l.raw, text, repairs: 0, reason: cuts[0]!.reason, cuts: NO_CUTS };
  // NB: every line object gets the same fields in the same order (`reason` too, set by later
  // passes): one hidden class for all lines keeps classifying a long wire file cheap.
  return { start: l.start, end: l.end, raw: l.raw, text, repairs, reason: undefined, cuts };
}

const NO_CUTS: readonly InlineCut[] = [];

/** Longest line read as an entity fragment, in words. */
const MAX_FRAGMENT_WORDS = 6;

/**
 * A line that was mostly HTML entities and kept only a scrap of words with a quote mark left
 * standing alone: seed 004's `& nbsp; Final Answer & # 39;`, a machine translation's remains of the
 * crosshead `Rebels’ ‘final answer’?`, read as `Final Answer '`. Called only for lines in which
 * entities were repaired. A headline or crosshead puts its quotes against its words
 * (`Rebels' 'final answer'?`, `'Q & A'`) and is kept; so is any line ending a sentence.
 */
function isEntityFragment(text: string): boolean {
  if (wordsIn(text) > MAX_FRAGMENT_WORDS || endsSentence(text)) return false;
  // A quote mark with a space (or the line's edge) on both sides, and no other quote on the line.
  const lone = /(?:^|\s)["'“”‘’«»](?=\s|$)/u.test(text);
  return lone && (text.match(/["'“”‘’«»]/gu)?.length ?? 0) === 1;
}

/**
 * The header lines a saved text opens with to give the article's address (`Source-URL: http://…`,
 * ECB+'s raw files): metadata, read by `extractTextMetadata` as the URL, not the headline. Only
 * lines before the first other non-blank line count; `Source: http://…` under a headline or in
 * the reporting cites another page and stays.
 */
function markHeaderUrls(lines: ClassifiedLine[]): void {
  for (const line of lines) {
    if (line.text === '' && line.reason === undefined) continue;
    if (line.reason !== undefined || headerUrl(line.text) === undefined) return;
    line.reason = 'source-url';
  }
}

/** Indices of kept, non-blank lines. */
function keptIndices(lines: readonly ClassifiedLine[]): number[] {
  const out: number[] = [];
  for (const [i, l] of lines.entries()) if (l.reason === undefined && l.text !== '') out.push(i);
  return out;
}

/**
 * Takes the link headlines under a list heading: short lines without a prose ending, up to the
 * first line that reads like a sentence. Lines other rules removed are stepped over.
 * NB: a crosshead straight after such a list would be taken as one more link; we have not seen one.
 */
function markList(lines: ClassifiedLine[], head: number): void {
  let taken = 0;
  for (let i = head + 1; i < lines.length && taken < MAX_LIST_ITEMS; i++) {
    const line = lines[i]!;
    if (line.text === '' || line.reason !== undefined) continue;
    if (!isHeadlineLike(line.text) || isCreditLine(line.text)) return;
    line.reason = 'related';
    taken++;
  }
}

/**
 * A paragraph of one to four lower-case words between two sentences is an ad label whose ad
 * did not survive scraping (`qatar airways`). Reporting, headings and captions are capitalised;
 * the sentence before must be complete so a wrapped sentence's tail is never taken.
 */
function markStrayAdLabels(lines: ClassifiedLine[]): void {
  const kept = keptIndices(lines);
  for (let k = 1; k < kept.length; k++) {
    const line = lines[kept[k]!]!;
    // NB: most lines open with a capital or a digit; test the first character before the regex.
    const first = line.text.charCodeAt(0);
    if (first < 0x80 && !(first >= 97 && first <= 122)) continue;
    if (!/^\p{Ll}+(?: \p{Ll}+){0,3}$/u.test(line.text)) continue;
    const before = lines[kept[k - 1]!]!.text;
    const after = kept[k + 1] === undefined ? undefined : lines[kept[k + 1]!]!.text;
    if (endsSentence(before) && (after === undefined || startsLikeSentence(after))) line.reason = 'ad';
  }
}

/** Section labels at the very top (`Middle EastWar`, then the headline). */
function markSectionLabels(lines: ClassifiedLine[]): void {
  for (let n = 0; n < 3; n++) {
    const kept = keptIndices(lines);
    const first = kept[0] === undefined ? undefined : lines[kept[0]]!;
    const next = kept[1] === undefined ? undefined : lines[kept[1]]!.text;
    if (first === undefined || !isSectionLabel(first.text, next)) return;
    first.reason = 'navigation';
  }
}

/** Fewest words a leading teaser has: a shorter line repeated below is too common to mean anything. */
const MIN_TEASER_WORDS = 8;

/**
 * A page's teaser or pull quote saved above its headline (seed 002: `The Russian demands prompted
 * a walkout by the rebels, …`, then the headline, then the story, which says it in full further
 * down). Taken only in this clear case: the first kept paragraph, a sentence of eight words or
 * more, with a headline right under it, whose words all come again in order in one later paragraph
 * (verbatim, or that paragraph with words left out: an editor's shortening never adds any).
 * Review 13, finding 22. The headline then opens the text, as in every other article.
 */
function markLeadingTeaser(lines: ClassifiedLine[]): void {
  const kept = keptIndices(lines);
  if (kept.length < 3) return;
  const first = lines[kept[0]!]!;
  const next = lines[kept[1]!]!.text;
  if (!endsSentence(first.text) || wordsIn(first.text) < MIN_TEASER_WORDS || !isHeadlineLike(next)) return;
  const teaser = plainWords(first.text);
  for (const k of kept.slice(2)) {
    if (isWordSubsequence(teaser, plainWords(lines[k]!.text))) {
      first.reason = 'teaser';
      return;
    }
  }
}

/** A paragraph's words, lower-cased, without punctuation. */
function plainWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether every word of `part` appears in `whole`, in the same order. */
function isWordSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length > whole.length) return false;
  let j = 0;
  for (const word of whole) if (word === part[j] && ++j === part.length) return true;
  return false;
}

/** A headline repeated verbatim as the next paragraph: the second copy goes. */
function markDuplicateTitles(lines: ClassifiedLine[]): void {
  const kept = keptIndices(lines);
  for (let k = 1; k < kept.length; k++) {
    const line = lines[kept[k]!]!;
    if (line.text === lines[kept[k - 1]!]!.text && isHeadlineLike(line.text)) line.reason = 'duplicate-title';
  }
}

/**
 * Headlines of other articles left after the last paragraph (`Russia’s poisoned chalice in
 * southern Syria`, then `With reporting from AFP`, `Related Articles`). A crosshead always has
 * reporting under it; a short headline with only credits and boilerplate after it is a link.
 * NB: to never take a last paragraph that lost its full stop, the rule only runs on texts whose
 * paragraphs end with sentence marks, only takes one line, and keeps a line that ends the text.
 */
function markTrailingTeasers(lines: ClassifiedLine[]): void {
  const kept = keptIndices(lines);
  let k = kept.length - 1;
  while (k >= 0 && isCreditLine(lines[kept[k]!]!.text)) k--;
  if (k < 3) return;
  const i = kept[k]!;
  const line = lines[i]!;
  if (!isHeadlineLike(line.text) || wordsIn(line.text) > MAX_TEASER_WORDS || /[!?…]["'”’]*$/u.test(line.text)) return;
  const before = lines[kept[k - 1]!]!.text;
  const somethingAfter = lines.slice(i + 1).some((l) => l.text !== '' || l.reason !== undefined);
  // NB: the look over every paragraph comes last: most articles fail a cheaper test above.
  if (somethingAfter && endsSentence(before) && paragraphsEndSentences(lines, kept)) line.reason = 'related';
}

/** Whether at least 90% of the kept paragraphs longer than a headline end with a sentence mark. */
function paragraphsEndSentences(lines: readonly ClassifiedLine[], kept: readonly number[]): boolean {
  const long = kept.map((i) => lines[i]!.text).filter((t) => wordsIn(t) > MAX_HEADLINE_WORDS);
  return long.length > 0 && long.filter(endsSentence).length >= 0.9 * long.length;
}
