import type { ReadableDb } from '../db/connection';
import { prepareCached } from '../db/statements';
import { tableRowSource } from './tableRowMatch';

/**
 * Where an imported article whose text the library already holds stands against the article that
 * holds it: `same` source (the same file, or ZIP entry), a table row that `moved` within its file
 * (rows are known by their content, tableRowMatch.ts: an unchanged row is the same row wherever it
 * went), or `other` (another file, entry or row: a duplicate). NB: a second row or entry of the same
 * text in one file is told apart by the caller (the article is claimed by the first), not here.
 */
export type SourceMatch = { readonly kind: 'same' } | { readonly kind: 'moved'; readonly fromRow: number } | { readonly kind: 'other' };

/** How `sourcePath` (an article being imported) stands against the stored article `id`'s source. */
export function matchSource(db: ReadableDb, id: number, sourcePath: string | null): SourceMatch {
  if (sourcePath === null) return { kind: 'other' };
  const stored = (prepareCached(db, 'SELECT source_path FROM articles WHERE id = ?').get(id) as { source_path: string | null } | undefined)?.source_path;
  if (stored === sourcePath) return { kind: 'same' };
  const was = tableRowSource(stored ?? null);
  const now = tableRowSource(sourcePath);
  return was && now && was.file === now.file ? { kind: 'moved', fromRow: was.row } : { kind: 'other' };
}
