/**
 * Titles in quotation marks: `the "Mean Girls" star`, `the film "Liz & Dick"`. News style quotes the
 * names of films, books, songs and shows, and listed as quotes they read as speech nobody gave
 * (review 16, #2).
 */
import type { Span } from '../analysis/spans';

/** Longest title in words; a longer run of capitalised words is more likely a quoted slogan. */
const MAX_TITLE_WORDS = 6;
/** Words a title may keep in lower case between its capitalised ones. */
const MINOR_WORDS = /^(?:a|an|the|and|&|or|of|in|on|at|to|for|with|from|by|as|but|nor|vs\.?|de|la|le)$/i;
/** The kind of work named just before a title: `the film "…"`, `her 2004 hit "…"`. */
const WORK_BEFORE =
  /\b(?:film|films|movie|movies|book|books|novel|memoir|song|songs|single|album|show|shows|series|sitcom|play|musical|opera|documentary|programme|program|hit|episode|poem|painting|game|magazine|newspaper|column|titled|entitled|called)\s*,?\s*(?:\d{4}\s+)?$/i;
/** Who is known by a title just after it: `the "Mean Girls" star`, `"Harry Potter" author`. */
const ROLE_AFTER =
  /^\s*(?:star|stars|actress|actor|actors|co-star|cast|author|writer|director|singer|rapper|band|creator|producer|host|franchise|sequel|remake|premiere|soundtrack|fame)\b/i;

/**
 * Whether the quoted words at `quote` (inside the marks) are a title rather than speech: a few
 * words, each capitalised or a minor word (`of`, `&`), next to a word naming a kind of work or a
 * role in one. Capitalised words alone are not enough: a one-word quote (`"Disgraceful"`) is speech.
 *
 * @example isQuotedTitle('The "Mean Girls" star fooled a judge.', {start: 5, end: 15}, {start: 4, end: 16}) // true
 */
export function isQuotedTitle(text: string, quote: Span, marks: Span): boolean {
  const words = text
    .slice(quote.start, quote.end)
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  const titleCase = words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR_WORDS.test(w)));
  if (!titleCase) return false;
  const before = text.slice(Math.max(0, marks.start - 40), marks.start);
  const after = text.slice(marks.end, marks.end + 30);
  return WORK_BEFORE.test(before) || ROLE_AFTER.test(after);
}
