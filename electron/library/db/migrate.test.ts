import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertArticle, type NewArticle } from '../articles';
import { openLibrary } from '../library';
import { type WritableDb, openWritableDb } from './connection';
import { NewerDatabaseError, getSchemaVersion, migrate } from './migrate';
import { MIGRATIONS } from './migrations';

const dirs: string[] = [];
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-migrate-'));
  dirs.push(dir);
  return path.join(dir, 'library.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Each migration's own test is in migrations/migrations.test.ts; this file tests the runner. */
describe('migrate', () => {
  it('builds the schema from zero and records the version', () => {
    const db = openWritableDb(':memory:');
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(getSchemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['articles', 'articles_fts', 'import_runs', 'import_problems', 'settings']));
    // STRICT tables refuse a wrongly typed value instead of storing it.
    expect(() => db.prepare("INSERT INTO settings (key, value) VALUES ('k', x'00')").run()).toThrow(/cannot store BLOB/);
  });

  it('is a no-op on a current database', () => {
    const db = openWritableDb(':memory:');
    migrate(db);
    expect(migrate(db)).toEqual([]);
  });

  it('refuses a database from a newer Crosscheck and leaves it untouched', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x) ; PRAGMA user_version = 999');
    raw.close();
    expect(() => openLibrary(file)).toThrow(NewerDatabaseError);
    expect(() => openLibrary(file)).toThrow(/newer version of Crosscheck/);
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(999);
    expect(after.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'articles'").pluck().get()).toBe(0);
    after.close();
  });

  it('leaves a newer library byte-for-byte unchanged, not even switched to WAL (issue 13)', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x); INSERT INTO future VALUES (1); PRAGMA user_version = 999');
    raw.close();
    const before = fs.readFileSync(file);
    expect(before[18]).toBe(1); // header byte 18: 1 = rollback journal, 2 = WAL
    expect(() => openLibrary(file)).toThrow(NewerDatabaseError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['library.sqlite']);
  });

  it('rolls back every step when one migration fails', () => {
    const db = openWritableDb(':memory:') as WritableDb;
    const broken = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'broken', up: (d: WritableDb) => d.exec('CREATE TABLE oops (; nonsense') }
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(getSchemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'articles'").pluck().get()).toBe(0);
  });

  it('numbers the migrations 1, 2, 3… without gaps, in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('keeps the full-text index in step with inserts, updates and deletes', () => {
    const library = openLibrary(':memory:', { write: true });
    const { db } = library;
    const body = 'Rebels in Daraa said talks failed';
    db.transaction(() =>
      insertArticle(
        db,
        {
          title: 'Talks fail',
          outlet: null,
          byline: null,
          publishedAt: null,
          url: null,
          language: null,
          dateline: null,
          wireCredits: [],
          body,
          original: body,
          removed: [],
          contentHash: 'h1',
          wordCount: 6,
          sourcePath: null,
          sourceFormat: 'text',
          collection: null,
          minhash: null
        },
        '2018-07-04'
      )
    )();
    expect(() => insertArticle(db, { title: 'Outside a transaction' } as NewArticle, '2018-07-04')).toThrow(
      /inside a transaction/
    );
    const find = (word: string) => db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?').pluck().all(word);
    expect(find('daraa')).toEqual([1]);
    db.prepare("UPDATE articles SET body = 'Rebels in Deraa said talks failed' WHERE id = 1").run();
    expect(find('daraa')).toEqual([]);
    expect(find('deraa')).toEqual([1]);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(find('deraa')).toEqual([]);
    library.close();
  });
});
