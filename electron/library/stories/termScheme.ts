import { STORY_TERM_SCHEME } from '@shared/stories/storyTermKey';
import type { ReadableDb, WritableDb } from '../db/connection';
import { getSetting, setSetting } from '../settings';

/**
 * The setting holding how the library's stored story terms (`story_terms`, migration 015) were
 * keyed: `STORY_TERM_SCHEME` when a full grouping wrote them. Absent in a library grouped before
 * session 14 (scheme 1: `variantKey`, which made `Red` and `Reid` one term).
 */
export const TERM_SCHEME_KEY = 'stories.termScheme';

/**
 * True when the library holds story terms keyed another way than this build keys them. Placing new
 * articles among them would look up terms under keys the library never wrote (a name, a word with
 * a vowel in it), and the stories themselves were grouped through terms the old key merged; so such
 * a library is grouped again in full once (`ensureStories`), which writes every term anew and
 * marks it current. NB: not a migration: migrations do not import live code, and the key is live
 * code. A library with no stored terms yet has nothing to re-key.
 */
export function storyTermsOutdated(db: ReadableDb): boolean {
  if (getSetting(db, TERM_SCHEME_KEY) === String(STORY_TERM_SCHEME)) return false;
  return db.prepare('SELECT 1 FROM story_terms LIMIT 1').get() !== undefined;
}

/** Records that the library's story terms were just written with this build's keys. Call in the transaction that wrote them. */
export function markStoryTermsCurrent(db: WritableDb): void {
  setSetting(db, TERM_SCHEME_KEY, String(STORY_TERM_SCHEME));
}
