import { frozenStoredOriginal } from './frozen/originalEdits';
import type { Migration } from './types';

/**
 * Stores an article's original as whitespace edits against its body (`original_edits`) when the two
 * hold the same words, instead of the whole text again in `original` (docs/import.md, "The
 * original"). Most imported originals differ from the clean text only in line breaks and indents
 * (19,655 of reuters-21578's 21,294 articles), so each text was written twice, and again by the
 * WAL checkpoint. An original with other words (a line set aside, an entity repaired) stays in
 * `original`; `articles.ts#originalOf` reads both forms, so a row this migration left alone reads as
 * before.
 *
 * NB: the freed pages stay in the file until SQLite reuses them (no VACUUM inside the migration's
 * transaction); new imports fill them first. With the encoder frozen as it was when this landed
 * (./frozen/originalEdits.ts).
 */
export const migration018: Migration = {
  version: 18,
  name: 'original-as-edits',
  up(db) {
    db.exec('ALTER TABLE articles ADD COLUMN original_edits TEXT');
    const rows = db.prepare('SELECT id, body, original FROM articles WHERE original IS NOT NULL').iterate() as Iterable<{
      id: number;
      body: string;
      original: string;
    }>;
    const changes: Array<[number, string | null, string | null]> = [];
    for (const { id, body, original } of rows) {
      const stored = frozenStoredOriginal(body, original);
      if (stored.original !== original) changes.push([id, stored.original, stored.originalEdits]);
    }
    // NB: `original` is not among the columns the full-text and search-log triggers watch.
    const update = db.prepare('UPDATE articles SET original = ?, original_edits = ? WHERE id = ?');
    for (const [id, original, edits] of changes) update.run(original, edits, id);
  }
};
