import type { WritableDb } from './db/connection';
import { loadLanguageDetector } from './import/language';
import { getSetting, setSetting } from './settings';

/** Set when every article of the library has been through detection once. */
const DONE_KEY = 'languages.backfilled';

/** Articles per transaction: small enough that an import waiting to write is never held long. */
const BATCH = 200;

/**
 * Gives a language to the articles of a library made before imports detected it (every article
 * without one, but those whose language the user cleared), marked `detected`. Runs once per
 * library, in batches with the event loop free between them, so a host keeps answering while a
 * large library is read; stopped by `signal` (the engine closing), it starts over next time.
 * Texts too short to tell keep no language (see `MIN_WORDS_TO_DETECT`).
 *
 * NB: not a migration: it needs the detector, and migrations do not import live app code.
 *
 * @returns how many articles got a language.
 */
export async function backfillLanguages(db: WritableDb, signal?: AbortSignal): Promise<number> {
  if (getSetting(db, DONE_KEY) !== undefined) return 0;
  const detect = await loadLanguageDetector();
  const select = db.prepare(
    `SELECT id, body FROM articles a
     WHERE language IS NULL AND id > ?
       AND NOT EXISTS (SELECT 1 FROM article_corrections c WHERE c.article_id = a.id AND c.field = 'language')
     ORDER BY id LIMIT ?`
  );
  const update = db.prepare(
    `UPDATE articles SET language = ?, field_sources = json_set(field_sources, '$.language', 'detected')
     WHERE id = ? AND language IS NULL`
  );
  let after = 0;
  let filled = 0;
  for (;;) {
    if (signal?.aborted) return filled;
    const rows = select.all(after, BATCH) as Array<{ id: number; body: string }>;
    if (rows.length === 0) break;
    db.transaction(() => {
      for (const { id, body } of rows) {
        const language = detect(body);
        if (language !== undefined) filled += update.run(language, id).changes;
      }
    }).immediate();
    after = rows[rows.length - 1]!.id;
    await new Promise((resolve) => setImmediate(resolve));
  }
  setSetting(db, DONE_KEY, new Date().toISOString());
  return filled;
}
