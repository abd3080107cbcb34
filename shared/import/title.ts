/**
 * Choosing an article's title from its text, or from its file name when the text has none.
 */
import { isCreditLine } from './credits';
import { matchByline } from './byline';
import { readDateLine, readNumericDateLine } from './dates';
import { matchDateline } from './dateline';
import { ABBREVIATIONS, splitSentences } from '@shared/text/sentences';
import { tokenize } from '@shared/text/tokens';
import { isHeadlineLike, wordsIn } from './shape';

/** How many kept lines from the top may hold the headline (a standfirst can come first). */
const HEAD_LINES = 3;

/**
 * The headline among the first kept paragraphs: the first line that reads like a headline, looking
 * past date, byline and credit lines and a standfirst sentence above it. Stops at a dateline
 * (`BEIRUT :`), which opens the story itself: such a text has no headline, and returns `undefined`
 * rather than passing its first sentence off as one.
 *
 * @example pickTitle(['Rebels walked out.', 'Ceasefire deal breaks down', '…']) // 'Ceasefire deal breaks down'
 */
export function pickTitle(paragraphs: readonly string[]): string | undefined {
  let looked = 0;
  for (const p of paragraphs) {
    if (looked >= HEAD_LINES || matchDateline(p) !== undefined) return undefined;
    if (isDateLine(p) || matchByline(p) !== undefined || isCreditLine(p)) continue;
    if (isHeadlineLike(p) && wordsIn(p) >= 2) return p;
    looked++;
  }
  return undefined;
}

/** A line that is only a date, in words (`04 July, 2018`) or in figures (`04/04/2012`): never a title. */
function isDateLine(line: string): boolean {
  return readDateLine(line).length > 0 || readNumericDateLine(line) !== undefined;
}

/**
 * A title from a file name when it is made of words (`syria-talks-fail.txt` → `syria talks fail`);
 * `undefined` for names that are ids or hashes (`004_09dc5959d137b35c.txt`).
 */
export function titleFromFileName(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/u).pop() ?? '';
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/u, '');
  const words = stem
    .split(/[\s_\-.]+/u)
    .filter((w) => w !== '' && !/^\d+$/u.test(w) && !(/^[0-9a-f]{6,}$/iu.test(w) && /\d/u.test(w)));
  if (words.length < 2 || !words.every((w) => /\p{L}/u.test(w))) return undefined;
  return words.join(' ');
}

/** Longest stand-in title made from a lead sentence, in characters. */
const LEAD_TITLE_CHARS = 120;
/** A clause is cut from a lead only when at least this much is left: a title, not a fragment. */
const MIN_LEAD_TITLE_CHARS = 50;
/**
 * Words that open a new clause or adjunct in news leads (`… on Wednesday after the rebels …`):
 * a lead is cut before one of them rather than mid-phrase. `and`, `of` and `with` are left out:
 * they join names and phrases (`the regime and its Russian ally`) as often as clauses.
 */
const CLAUSE_WORDS =
  /\s(?:after|as|while|when|whereas|because|but|despite|following|amid|amidst|before|since|although|though|which|who|where|until|unless|if|even|just|saying|according)\s/giu;
/**
 * Prepositions that open an adjunct (`… flew to Texas | on Thursday night`): the next best place to
 * cut, as what is left still reads as a headline. NB: not `of`, `to` or `with`, which hold noun
 * phrases and verbs together (`the Horn of Africa`, `began to cast`).
 */
const ADJUNCT_WORDS = /\s(?:in|on|at|by|for|from|into|over|under|during|against|through|across|near|outside|inside)\s/giu;
/** Words a title never ends on: a cut that leaves one is moved before it. */
const DANGLING = new Set(
  ['the', 'a', 'an', 'and', 'or', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'than', 'as', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'that', 'this', 'these', 'those', 'be', 'is', 'was', 'were', 'are', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'not', 'more', 'most', 'very', 'such', 'whose', 'about']
);

/**
 * A stand-in title for an article with no headline (it opens with its dateline, seed 004): the
 * lead sentence without the dateline. A lead longer than {@link LEAD_TITLE_CHARS} is cut where a
 * clause ends — at a comma, semicolon, colon or dash, or before a clause word (`after`, `while`,
 * `because`…) — else before an adjunct's preposition (`on`, `by`, `in`…), else at the last word
 * boundary not left on an article, conjunction or preposition; each at least
 * {@link MIN_LEAD_TITLE_CHARS} characters in. The cut title ends without `…`: it is cut where a
 * headline could end, and it goes as the article's title into citations (BibTeX, CSL, RIS) and
 * the sources table, where an ellipsis would read as part of the title (review 12).
 * `undefined` for an empty body.
 *
 * @example leadTitle('BEIRUT : The Syrian regime and its Russian ally resumed their air strikes in the south of the country on Wednesday after the rebels "failed" negotiations.', 'BEIRUT')
 * // 'The Syrian regime and its Russian ally resumed their air strikes in the south of the country on Wednesday'
 */
export function leadTitle(body: string, dateline: string | undefined): string | undefined {
  // A line that is only a date (`Tuesday, May 24, 2005` above a blog post) is the date, never the
  // title: the lead is the first line after it (review 17, #3) — unless the text is nothing else.
  const lines = body.split('\n').filter((l) => l.trim() !== '');
  let lead = (lines.find((l) => !isDateLine(l.trim())) ?? lines[0])?.replace(/^#{1,6}\s+/u, '').trim();
  if (!lead) return undefined;
  if (dateline && lead.toUpperCase().startsWith(dateline.toUpperCase())) {
    lead = lead.slice(dateline.length).replace(/^[\s:,(–—-]+(?:[A-Z][\w.]*\)\s*[-–—:]?\s*)?/u, '');
  }
  const sentence = firstSentence(lead);
  if (sentence.length <= LEAD_TITLE_CHARS) return sentence;
  const head = sentence.slice(0, LEAD_TITLE_CHARS + 1);
  const cuts: number[] = [];
  // NB: not before a digit: `at 8: 00 am`, `1, 2 and 3` are not clause ends.
  for (const m of head.matchAll(/[,;:]\s(?!\d)|\s[–—-]\s/gu)) if (m.index >= MIN_LEAD_TITLE_CHARS) cuts.push(m.index);
  for (const m of head.matchAll(CLAUSE_WORDS)) if (m.index >= MIN_LEAD_TITLE_CHARS) cuts.push(m.index);
  // Clause ends latest first, then adjuncts, then word boundaries, latest first: the first that
  // does not leave the title on an initial or an abbreviation (`… owner John W.`, `… correspondent
  // Dr.`) or on a word that needs the next (`… in the`).
  const clauseCuts = cuts.sort((a, b) => b - a);
  const adjunctCuts = [...head.matchAll(ADJUNCT_WORDS)].map((m) => m.index).filter((i) => i >= MIN_LEAD_TITLE_CHARS).reverse();
  const wordCuts = [...head.matchAll(/\s+/gu)].map((m) => m.index).filter((i) => i >= MIN_LEAD_TITLE_CHARS).reverse();
  for (const cut of [...clauseCuts, ...adjunctCuts, ...wordCuts]) {
    const title = sentence.slice(0, cut).replace(/[\s,;:–—-]+$/u, '');
    if (!endsOnAbbreviation(title) && !endsDangling(title)) return closeQuote(title);
  }
  return closeQuote(sentence.slice(0, Math.max(head.lastIndexOf(' '), MIN_LEAD_TITLE_CHARS)).replace(/[\s,;:–—-]+$/u, ''));
}

/**
 * A cut title with the quotation it cut into closed (`"Today will be the last round – either the
 * rebels accept these conditions"`): without the `…` nothing else says the quote went on.
 */
function closeQuote(title: string): string {
  const count = (re: RegExp) => title.match(re)?.length ?? 0;
  if (count(/"/g) % 2 === 1) return `${title}"`;
  if (count(/“/g) > count(/”/g)) return `${title}”`;
  if (count(/«/g) > count(/»/g)) return `${title}»`;
  return title;
}

/** True when a text ends on a word that needs the next one (`the`, `and`, `of`, `in`). */
function endsDangling(text: string): boolean {
  return DANGLING.has((/(\S+)$/u.exec(text)?.[1] ?? '').toLowerCase());
}

/** Characters of a lead searched for its first sentence: far more than a title needs. */
const LEAD_SCAN_CHARS = 2000;

/**
 * The lead's first sentence of at least 20 characters, by the shared sentence splitter, so a dot
 * after an initial or an abbreviation (`John W. Henry`, `Dr. Gupta`, `the No. 1 team`) does not
 * end it; the whole lead when no sentence ends in its opening.
 */
function firstSentence(lead: string): string {
  const opening = lead.slice(0, LEAD_SCAN_CHARS);
  const sentences = splitSentences(opening, tokenize(opening));
  // NB: the last sentence of a cut opening ends where the cut is, not where the sentence does.
  const closed = opening.length < lead.length ? sentences.slice(0, -1) : sentences;
  const first = closed.find((s) => s.end > 20);
  return first ? lead.slice(0, first.end) : lead;
}

/** True when a text ends on a single-letter initial (`W.`, `K`) or an abbreviation (`Dr.`, `No.`, `Gen`). */
function endsOnAbbreviation(text: string): boolean {
  const last = /(\S+)$/u.exec(text)?.[1] ?? '';
  const word = last.replace(/^\p{P}+|\.$/gu, '');
  return /^\p{L}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase()) || /^no$/iu.test(word);
}
