import type { ReadableDb } from '../db/connection';
import { prepareCached } from '../db/statements';

/**
 * How an import report names an article of the library: its title, in quotes (`“Rebels say talks
 * failed”`). NB: not its id — the window shows no ids, so "article 44" named nothing a user could
 * find; the problem's `articleId` still carries the id, for the report's Open button and for
 * `--json`. An article gone meanwhile (deleted in the window during the import) is "an article".
 */
export function articleCalled(db: ReadableDb, id: number): string {
  const row = prepareCached(db, 'SELECT title FROM articles WHERE id = ?').get(id) as { title: string } | undefined;
  return row ? `“${row.title}”` : 'an article';
}
