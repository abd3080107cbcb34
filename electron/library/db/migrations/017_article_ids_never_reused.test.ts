import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importPaths } from '../../import/importPaths';
import { openLibrary } from '../../library';
import { makeTempFolder } from '../../testing/tempLibrary';
import { type WritableDb, openWritableDb } from '../connection';
import { getSchemaVersion, migrate } from '../migrate';
import { MIGRATIONS } from '.';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/**
 * A library at version 16 with articles 1–4 and a passage note on 3 and 4, then article 4 deleted
 * (SQLite would give 4 to the next article) and the search log of deletions pruned, as the saved
 * search index does after a catch-up: only the orphaned note still names 4.
 */
function libraryAt16(db: WritableDb): void {
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 16)
  );
  const insert = db.prepare(
    `INSERT INTO articles (title, body, content_hash, word_count, source_format, imported_at)
     VALUES (?, ?, ?, 5, 'text', '2018-07-04T10:00:00.000Z')`
  );
  // The full-text entry an import writes with each row (deleting the article removes it again).
  const index = db.prepare('INSERT INTO articles_fts (rowid, title, body, outlet) VALUES (?, ?, ?, NULL)');
  for (const n of [1, 2, 3, 4]) {
    const [title, body] = [`Report ${n}`, `Rebels said talks failed, report ${n}.`];
    index.run(insert.run(title, body, `h${n}`).lastInsertRowid, title, body);
  }
  db.prepare(
    `INSERT INTO annotations (kind, note, passage, passage_key, created_at, updated_at)
     VALUES ('passage-note', 'Same wire copy?', '[{"articleId":3},{"articleId":4}]', '3:aa,4:bb', 'now', 'now')`
  ).run();
  db.prepare('DELETE FROM articles WHERE id = 4').run();
  db.prepare('DELETE FROM search_changes').run();
}

const floor = (db: WritableDb) => db.prepare('SELECT highest FROM article_id_floor').pluck().get();

describe('migration 017: article ids never reused', () => {
  it('starts the floor at the highest id the library shows a trace of, and raises it when a higher article is deleted', () => {
    const db = openWritableDb(':memory:');
    cleanups.push(() => db.close());
    libraryAt16(db);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 17)
    );
    expect(getSchemaVersion(db)).toBe(17);
    expect(db.prepare('SELECT id FROM articles ORDER BY id').pluck().all()).toEqual([1, 2, 3]);
    expect(floor(db)).toBe(4);
    // Deleting below the floor leaves it; deleting above raises it.
    db.prepare('DELETE FROM articles WHERE id = 3').run();
    expect(floor(db)).toBe(4);
    db.prepare(
      `INSERT INTO articles (id, title, body, content_hash, word_count, source_format, imported_at)
       VALUES (9, 'Late', 'A late report.', 'h9', 3, 'text', 'now')`
    ).run();
    db.prepare("INSERT INTO articles_fts (rowid, title, body, outlet) VALUES (9, 'Late', 'A late report.', NULL)").run();
    db.prepare('DELETE FROM articles WHERE id = 9').run();
    expect(floor(db)).toBe(9);
    expect(() => db.prepare('INSERT INTO article_id_floor (only, highest) VALUES (2, 1)').run()).toThrow(/CHECK constraint/);
  });

  it('an upgraded library keeps its ids, and its next import gets an id no article ever had', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-ids-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'library.sqlite');
    const old = openWritableDb(file);
    libraryAt16(old);
    old.close();

    const lib = openLibrary(file, { write: true });
    cleanups.unshift(() => lib.close());
    const folder = makeTempFolder({
      'flood.txt':
        'Floods close roads in Valencia\n\nHeavy rain flooded streets in Valencia on Tuesday, closing roads and schools across the region, the city council said.'
    });
    cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
    expect((await importPaths(lib.db, [folder])).new).toBe(1);
    expect(lib.db.prepare('SELECT id, title FROM articles ORDER BY id').all()).toEqual([
      { id: 1, title: 'Report 1' },
      { id: 2, title: 'Report 2' },
      { id: 3, title: 'Report 3' },
      { id: 5, title: 'Floods close roads in Valencia' }
    ]);
  });
});
