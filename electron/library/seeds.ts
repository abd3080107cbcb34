import type { ImportReport } from '@shared/contract/schemas';
import { countArticles } from './articles';
import type { WritableDb } from './db/connection';
import { type Extractor, importPaths } from './import/importPaths';
import { getSetting, setSetting } from './settings';

/** Collection name of the sample articles imported on first start. */
export const SAMPLE_COLLECTION = 'sample';
const SEEDED_KEY = 'seeds.imported';

/**
 * On first start with an empty library, imports the sample articles so the window is never
 * empty. Runs once per library: a user who deletes the samples does not get them back.
 *
 * @returns the import report, or `null` when nothing was done.
 */
export async function ensureSeeds(db: WritableDb, seedsDir: string, extract?: Extractor): Promise<ImportReport | null> {
  if (getSetting(db, SEEDED_KEY) !== undefined) return null;
  if (countArticles(db) > 0) {
    setSetting(db, SEEDED_KEY, 'skipped: library not empty');
    return null;
  }
  const report = await importPaths(db, [seedsDir], { collection: SAMPLE_COLLECTION, ...(extract ? { extract } : {}) });
  setSetting(db, SEEDED_KEY, new Date().toISOString());
  return report;
}
