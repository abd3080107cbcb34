import type { z } from 'zod';
import type {
  LibraryCheck as LibraryCheckSchema,
  LibraryProblem as LibraryProblemSchema
} from '@shared/contract/maintenanceSchemas';
import type { ReadableDb } from '../db/connection';
import { isWritable } from '../db/readOnly';
import { INDEX_FORMAT } from '@shared/search/miniDocs';
import { SNAPSHOT_NAME } from '../search/searchIndex';
import { libraryStamp, readSnapshotStamp } from '../search/snapshots';
import { LOST_ARTICLE_CONDITION } from './lostTargets';

/**
 * What a check found, one entry per kind of trouble (shared/contract/maintenanceSchemas.ts).
 * `derived` problems (full-text index, stories, search snapshot, dangling references) are rebuilt
 * from the articles by `repairLibrary`; `damage` means SQLite itself found the file damaged.
 */
export type LibraryProblem = z.output<typeof LibraryProblemSchema>;
/** The outcome of {@link checkLibrary}: the counts compared, and what disagreed. */
export type LibraryCheck = z.output<typeof LibraryCheckSchema>;

/**
 * Checks a library the way `crosscheck doctor` and Settings → Check library do: SQLite's
 * `integrity_check`, FTS5's own integrity-check against the articles table, the counts that must
 * agree (articles vs full-text rows, story memberships, annotations vs articles, dangling
 * references) and whether the MiniSearch snapshot can still be caught up. Reads only; never
 * throws on a damaged file (the damage is the answer).
 *
 * NB: FTS5's integrity-check is spelled as an INSERT (it writes nothing): it runs only on a
 * writable connection.
 */
export function checkLibrary(db: ReadableDb): LibraryCheck {
  const problems: LibraryProblem[] = [];
  const integrity = safe(
    () => db.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>,
    (m) => [{ integrity_check: m }]
  );
  const damage = integrity.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  if (damage.length > 0)
    problems.push({
      kind: 'damage',
      derived: false,
      message: `SQLite found the library file damaged (${damage.length} problem${damage.length === 1 ? '' : 's'}, first: ${damage[0]}). Restore a backup, or run a repair to recover what can be read into a new library.`
    });

  // NB: a library open read-only (docs/reliability.md) refuses the INSERT: there, only the counts
  // below compare the index with the articles.
  const ftsProblem = !isWritable(db)
    ? undefined
    : safe(
        () => {
          db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();
          return undefined;
        },
        (m) => m
      );
  const articles = count(db, 'SELECT count(*) FROM articles');
  const indexed = count(db, 'SELECT count(*) FROM articles_fts_docsize');
  if (ftsProblem !== undefined || indexed !== articles)
    problems.push({
      kind: 'full-text',
      derived: true,
      message: `The full-text index does not match the articles (${indexed} indexed, ${articles} articles${ftsProblem ? '; FTS5 reports the index damaged' : ''}): searches can miss or misplace articles. Repair rebuilds it.`
    });

  const unplaced = count(
    db,
    'SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)'
  );
  const empty = count(
    db,
    'SELECT count(*) FROM stories t WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.story_id = t.id)'
  );
  // NB: articles in no story are not a problem (review 16 #7): `import --no-group` and an import
  // stopped before grouping leave them so, and the next import or start groups them (needsGrouping).
  // `counts.inStories` says how many wait; an empty story is a membership lost.
  if (empty > 0)
    problems.push({
      kind: 'stories',
      derived: true,
      message: `Story memberships disagree with the articles (${empty} empty stor${empty === 1 ? 'y' : 'ies'}${unplaced > 0 ? `, ${unplaced} article${unplaced === 1 ? '' : 's'} in no story` : ''}). Repair regroups them, keeping your moves, merges and names.`
    });

  const annotations = count(db, 'SELECT count(*) FROM annotations');
  const lostTargets = count(
    db,
    `SELECT count(*) FROM annotations WHERE ${LOST_ARTICLE_CONDITION}`
  );
  if (lostTargets > 0)
    problems.push({
      kind: 'annotations',
      derived: false,
      message: `${lostTargets} annotation${lostTargets === 1 ? ' points' : 's point'} at an article that is not in the library but ${lostTargets === 1 ? 'is' : 'are'} not marked orphan. Repair marks them orphan: their quotes and notes are kept, to re-attach.`
    });

  const dangling = safe(
    () => db.pragma('foreign_key_check') as Array<{ table: string }>,
    () => []
  ).filter((r) => r.table !== 'annotations');
  if (dangling.length > 0) {
    const tables = [...new Set(dangling.map((r) => r.table))].join(', ');
    problems.push({
      kind: 'references',
      derived: true,
      message: `${dangling.length} row${dangling.length === 1 ? '' : 's'} (${tables}) refer to articles or stories that are gone. Repair removes them; nothing you wrote is among them.`
    });
  }

  const snapshot = snapshotState(db, articles);
  if (snapshot.problem) problems.push({ kind: 'snapshot', derived: true, message: snapshot.problem });

  return {
    ok: problems.length === 0,
    problems,
    counts: { articles, indexed, inStories: articles - unplaced, annotations },
    snapshotBehind: snapshot.behind
  };
}

/**
 * The search snapshot is fresh when the index it holds can be caught up through the change log:
 * same format as this version writes, and the articles it covers are the ones the library holds
 * up to its highest id (else it lists deleted articles or misses some, which no catch-up sees).
 */
function snapshotState(db: ReadableDb, articles: number): { behind: number; problem?: string } {
  const saved = safe(
    () => readSnapshotStamp(db, SNAPSHOT_NAME),
    () => undefined
  );
  if (!saved) return { behind: articles };
  const stamp = libraryStamp(db);
  const newer = count(db, `SELECT count(*) FROM articles WHERE id > ${Math.trunc(saved.maxArticleId)}`);
  const behind = newer + Math.max(0, stamp.changeSeq - saved.changeSeq);
  if (saved.format !== INDEX_FORMAT)
    return {
      behind,
      problem: 'The saved search index is in an older format and is rebuilt at the next search. Repair rebuilds it now.'
    };
  const row = db.prepare('SELECT article_count FROM search_snapshots WHERE name = ?').get(SNAPSHOT_NAME) as {
    article_count: number;
  };
  const covered = count(db, `SELECT count(*) FROM articles WHERE id <= ${Math.trunc(saved.maxArticleId)}`);
  const logged = stamp.changeSeq > saved.changeSeq;
  if (saved.changeSeq > stamp.changeSeq || (!logged && row.article_count !== covered))
    return {
      behind,
      problem: `The saved search index is stale: it holds ${row.article_count} articles where the library holds ${covered}, and the change log cannot say which. Repair rebuilds it.`
    };
  return { behind };
}

function count(db: ReadableDb, query: string): number {
  return safe(
    () => db.prepare(query).pluck().get() as number,
    () => 0
  );
}

/** Runs `read`, turning SQLite's refusal (a damaged page, a missing table) into `fallback`. */
function safe<T>(read: () => T, fallback: (message: string) => T): T {
  try {
    return read();
  } catch (error) {
    return fallback(error instanceof Error ? error.message : String(error));
  }
}
