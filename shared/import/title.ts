/**
 * Choosing an article's title from its text, or from its file name when the text has none.
 */
import { isCreditLine } from './credits';
import { matchByline } from './byline';
import { readDateLine } from './dates';
import { matchDateline } from './dateline';
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
    if (readDateLine(p).length > 0 || matchByline(p) !== undefined || isCreditLine(p)) continue;
    if (isHeadlineLike(p) && wordsIn(p) >= 2) return p;
    looked++;
  }
  return undefined;
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
