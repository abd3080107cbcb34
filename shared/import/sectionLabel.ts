/**
 * Section labels scraped above a headline: `Middle EastWar` (the breadcrumb "Middle East › War"
 * with its separator lost), `News`, `World › Middle East`.
 */
import { isHeadlineLike, wordsIn } from './shape';

/**
 * Words that name sections of news sites. A short first line made only of these, sitting above a
 * longer headline, is a label; a short headline ("Syria talks fail") uses other words.
 */
const SECTION_WORDS = new Set([
  'news', 'world', 'international', 'national', 'local', 'region', 'regional', 'middle', 'east', 'north', 'south',
  'west', 'africa', 'asia', 'europe', 'americas', 'gulf', 'levant', 'mena', 'uk', 'us', 'politics', 'opinion',
  'analysis', 'comment', 'features', 'feature', 'business', 'economy', 'sport', 'sports', 'culture', 'war',
  'conflict', 'conflicts', 'breaking', 'live', 'latest', 'exclusive', 'video', 'videos', 'investigation',
  'investigations', 'explainer', 'interview', 'interviews', 'report', 'reports', 'in-depth', 'depth', 'focus',
  'editorial', 'blog', 'blogs', 'top', 'stories', 'home', 'and', '&'
]);

/**
 * Whether `line`, the first line of an article, is a section label over the headline `next`.
 * The label must be short, have no sentence punctuation, and be made only of section words
 * (camel-case joins like `EastWar` and breadcrumb separators split first); the next line must be
 * a longer headline.
 *
 * @example isSectionLabel('Middle EastWar', 'South Syria rebels say negotiations with Russia have failed') // true
 * @example isSectionLabel('Syria talks fail', 'More than 30 towns have agreed to return to regime control') // false
 */
export function isSectionLabel(line: string, next: string | undefined): boolean {
  if (next === undefined || line.length > 40 || /[.,;:!?"“”]/u.test(line)) return false;
  if (!isHeadlineLike(next) || wordsIn(next) < 4 || next.length <= line.length) return false;
  const words = line
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[\s|»›>/]+/u)
    .filter((w) => w !== '');
  // NB: a breadcrumb separator alone proves nothing: `Syria talks fail | Al Jazeera` is a title.
  return words.length > 0 && words.length <= 6 && words.every((w) => SECTION_WORDS.has(w.toLowerCase()));
}
