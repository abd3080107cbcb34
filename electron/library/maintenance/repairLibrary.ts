import type { z } from 'zod';
import type { LibraryRepair as LibraryRepairSchema } from '@shared/contract/maintenanceSchemas';
import type { WritableDb } from '../db/connection';
import { SNAPSHOT_NAME, SearchIndex } from '../search/searchIndex';
import { regroupStories } from '../stories/regroup';
import { checkLibrary } from './checkLibrary';
import { LOST_ARTICLE_CONDITION } from './lostTargets';

/** What {@link repairLibrary} rebuilt (`rebuilt`, in words), with the checks before and after. */
export type LibraryRepair = z.output<typeof LibraryRepairSchema>;

/**
 * Rebuilds what is derived from the articles — the full-text index (and so its vocabulary), the
 * stories (keeping pinned assignments: the user's moves, merges, splits and names), the saved
 * search index — and marks annotations whose article is gone as orphans. Never touches articles,
 * corrections or annotation text. Damage SQLite reports in the file itself is left to recovery
 * (see `after.problems`).
 */
export async function repairLibrary(db: WritableDb): Promise<LibraryRepair> {
  const before = checkLibrary(db);
  const rebuilt: string[] = [];
  const has = (kind: string): boolean => before.problems.some((p) => p.kind === kind);
  if (has('references')) {
    // Rows whose article or story is gone: memberships, links, signatures — all derived.
    db.transaction(() => {
      for (const row of db.pragma('foreign_key_check') as Array<{ table: string; rowid: number }>) {
        if (row.table === 'annotations') continue;
        // NB: table names come from SQLite's own answer, never from input.
        db.prepare(`DELETE FROM "${row.table.replaceAll('"', '""')}" WHERE rowid = ?`).run(row.rowid);
      }
    }).immediate();
    rebuilt.push('references');
  }
  if (has('full-text') || has('damage')) {
    db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')").run();
    // The saved word list was read from the old index at the same stamp: it would be reused.
    db.prepare("DELETE FROM search_snapshots WHERE name = 'vocabulary'").run();
    rebuilt.push('full-text index and vocabulary');
  }
  if (has('annotations')) {
    db.prepare(
      `UPDATE annotations SET state = 'orphan', orphan_reason = 'deleted', current_start = NULL, current_end = NULL
       WHERE ${LOST_ARTICLE_CONDITION}`
    ).run();
    rebuilt.push('annotations marked orphan');
  }
  // Articles waiting to be grouped are not a problem (checkLibrary.ts), but a repair groups them too.
  if (has('stories') || before.counts.inStories < before.counts.articles) {
    regroupStories(db);
    rebuilt.push('stories');
  }
  if (has('snapshot')) {
    db.prepare('DELETE FROM search_snapshots WHERE name = ?').run(SNAPSHOT_NAME);
    // A separate index, so a host's own (in use by searches) is not swapped under them; it sees
    // the newer snapshot's stamp and reloads it.
    const index = new SearchIndex(db, { saveDelayMs: 0, saveMinChanges: 0 });
    await index.ready();
    await index.flush();
    index.dispose();
    rebuilt.push('search snapshot');
  }
  return { before, after: checkLibrary(db), rebuilt };
}
