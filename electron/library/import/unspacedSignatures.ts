import type { WritableDb } from '../db/connection';
import { minhashSignature } from '@shared/text/minhash';
import { getSetting, setSetting } from '../settings';
import { forgetSignature, linkNearDuplicates, loadBandIndex } from './nearDuplicates';

/** Set once the library's signatures of Chinese, Japanese, Thai… articles are made the current way. */
const DONE_KEY = 'minhash.unspacedLetters';

/**
 * Makes the MinHash signatures of the articles with Chinese, Japanese, Thai… text again, the way
 * import now makes them (each letter of those scripts a unit: `wordHashes`, minhash.ts), and links
 * their near-duplicates anew; once per library, at the start of its first import after session 13.
 * Before, a run of such letters was one word, so a stored signature of such an article cannot match
 * a copy imported now: the next import would miss the copy, and copies imported before were not
 * found at all. Latin-script articles' signatures were not changed, so they are not read.
 *
 * Those articles are the ones with a stored search form of the body (`search_body`, migration 020:
 * set exactly when the body holds such letters). Runs inside the caller's transaction; the caller
 * drops any band index it built before. NB: not a migration: migrations do not import live code
 * (the signature is live code), and no migration number is reserved for this change.
 *
 * @returns how many signatures were made again (0 when already done).
 */
export function refreshUnspacedSignatures(db: WritableDb): number {
  if (getSetting(db, DONE_KEY) !== undefined) return 0;
  const rows = db.prepare('SELECT id, body FROM articles WHERE search_body IS NOT NULL ORDER BY id').all() as Array<{
    id: number;
    body: string;
  }>;
  if (rows.length > 0) {
    const index = loadBandIndex(db);
    // In id order, each against every signature: one made again earlier in the loop, or a Latin
    // article's; a link found against a signature not yet made again is dropped when that article's
    // turn comes (forgetSignature) and found again against its new one.
    for (const { id, body } of rows) {
      forgetSignature(db, index, id);
      linkNearDuplicates(db, index, id, minhashSignature(body));
    }
  }
  setSetting(db, DONE_KEY, new Date().toISOString());
  return rows.length;
}
