import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { storedOriginal } from '@shared/import/originalEdits';
import { openWritableDb } from '../connection';
import { getSchemaVersion, migrate } from '../migrate';
import { MIGRATIONS } from '.';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** A hard-wrapped story of `words` words as read (line breaks, indents, no-break spaces) and its clean body. */
function wireStory(words: number): { body: string; original: string } {
  const w = Array.from({ length: words }, (_, i) => `wörd${i % 97}`);
  const original = w.map((x, i) => (i % 10 === 9 ? `${x}\n   ` : i % 7 === 3 ? `${x}\u00a0 ` : `${x} `)).join('');
  return { body: w.join(' '), original };
}

describe('migration 023: the original kept on an outside edit, in time linear in the body (review 14, finding 8)', () => {
  it('a library at 022 steps to 023, and a bare connection editing a long body leaves its original exact', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-023-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'library.db');
    const db = openWritableDb(file);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 22));
    const { body, original } = wireStory(20_000);
    const stored = storedOriginal(body, original);
    expect(stored.originalEdits).not.toBeNull();
    db.prepare(
      `INSERT INTO articles (title, body, original, original_edits, content_hash, word_count, source_format, imported_at)
       VALUES ('T', ?, ?, ?, 'h', 20000, 'text', '2018-07-04T10:00:00.000Z')`
    ).run(body, stored.original, stored.originalEdits);
    db.prepare("INSERT INTO articles_fts (rowid, title, body, outlet) VALUES (1, 'T', ?, NULL)").run(body);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 23));
    expect(getSchemaVersion(db)).toBe(23);
    db.close();

    // As `sqlite3` would: no app code, only the library's own triggers.
    const bare = new Database(file);
    cleanups.unshift(() => bare.close());
    bare.prepare("UPDATE articles SET body = replace(body, 'wörd5 ', 'WÖRD5 ') WHERE id = 1").run();
    const row = bare.prepare('SELECT body, original, original_edits FROM articles WHERE id = 1').get() as Record<string, string | null>;
    expect(row.body).toContain('WÖRD5 ');
    expect(row.original).toBe(original);
    expect(row.original_edits).toBeNull();
  });
});
