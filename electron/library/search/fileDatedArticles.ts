import type { ReadableDb } from '../db/connection';
import { prepareCached } from '../db/statements';
import { dateFromFileColumn } from '../articles';

/** What was read, and the state of the library it was read in. */
interface Reading {
  readonly dataVersion: number;
  readonly totalChanges: number;
  readonly ids: ReadonlySet<number>;
}

const readings = new WeakMap<ReadableDb, Reading>();

const FILE_DATED = `SELECT id FROM articles WHERE published_at IS NOT NULL AND ${dateFromFileColumn('articles')}`;

/**
 * The articles whose only date is the day their file was saved (a DOCX's or PDF's property, not
 * corrected: {@link dateFromFileColumn}'s rule), read once and kept with the connection until the
 * library changes. Searches treat them as undated, as the library list's date sort does: the
 * `date:` filter, the Month facet and the newest-first order (review 14, #14 and issue 15).
 *
 * Why a kept set rather than the rule in each search's SQL: searches read articles through the
 * covering index of the columns they filter on (searchSchema.ts), which holds no `field_sources`;
 * naming it would look every matching article up in the table, which holds the full text. This
 * reads the table once per change (~35 ms on reuters-21578's 21,294 articles), then each search
 * costs a set look-up per article.
 *
 * When read again: as the tagged articles (taggedArticles.ts), when `PRAGMA data_version` (another connection
 * committed) or `total_changes()` (this one wrote) moves.
 */
export function fileDatedArticles(db: ReadableDb): ReadonlySet<number> {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const totalChanges = prepareCached(db, 'SELECT total_changes()').pluck().get() as number;
  const kept = readings.get(db);
  if (kept && kept.dataVersion === dataVersion && kept.totalChanges === totalChanges) return kept.ids;
  const ids = new Set(prepareCached(db, FILE_DATED).pluck().all() as number[]);
  readings.set(db, { dataVersion, totalChanges, ids });
  return ids;
}
