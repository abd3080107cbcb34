import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertArticle, type NewArticle } from '../articles';
import { openLibrary } from '../library';
import { signatureFromBlob } from '../import/bandIndex';
import { minhashSignature } from '../../../shared/text/minhash';
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

/** A library at schema `version` holding two near-identical reports (ids 1 and 2). */
function twoReportsAt(version: number): WritableDb {
  const db = openWritableDb(':memory:');
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= version)
  );
  const insert = db.prepare(
    `INSERT INTO articles (title, body, content_hash, word_count, source_format, imported_at) VALUES (?, ?, ?, 30, 'text', '2018-07-04')`
  );
  insert.run('Talks fail', REPORT, 'h1');
  insert.run('Talks collapse', REPORT.replace('Wednesday', 'Thursday'), 'h2');
  return db;
}

const REPORT =
  'Syrian rebels said on Wednesday that talks with regime ally Russia over the south of the country had collapsed after Moscow threatened a renewed offensive if they did not agree to surrender terms.';

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

  it('links near-duplicates already in a library when it upgrades to schema 5', () => {
    const db = twoReportsAt(3);
    migrate(db);
    expect(db.prepare('SELECT a_id, b_id FROM article_links').all()).toEqual([{ a_id: 1, b_id: 2 }]);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'import_problems'").pluck().get()).toMatch(/near-duplicate/);
  });

  it('keeps signatures and links when band keys leave the database (schema 9), and deletes a signature with its article', () => {
    const db = twoReportsAt(8);
    db.prepare('INSERT INTO article_minhash (article_id, signature) VALUES (?, ?), (?, ?)').run(
      1,
      Buffer.alloc(256, 1),
      2,
      Buffer.alloc(256, 2)
    );
    db.prepare("INSERT INTO article_links (a_id, b_id, kind, score) VALUES (1, 2, 'near-duplicate', 0.9)").run();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 9)
    );
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'minhash_bands'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT article_id, hex(signature) AS sig FROM article_minhash ORDER BY article_id').all()).toEqual([
      { article_id: 1, sig: '01'.repeat(256) },
      { article_id: 2, sig: '02'.repeat(256) }
    ]);
    expect(db.prepare('SELECT a_id, b_id FROM article_links').all()).toEqual([{ a_id: 1, b_id: 2 }]);
    db.prepare('DELETE FROM articles WHERE id = 2').run();
    expect(db.prepare('SELECT article_id FROM article_minhash').pluck().all()).toEqual([1]);
    expect(db.prepare('SELECT count(*) FROM article_links').pluck().get()).toBe(0);
  });

  it('recomputes stored signatures with one-permutation hashing (schema 11), dropping any for a text too short to have one', () => {
    const db = openWritableDb(':memory:');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 10)
    );
    const text =
      'Syrian rebels said on Wednesday that talks with regime ally Russia over the south of the country had collapsed.';
    const insert = db.prepare(
      `INSERT INTO articles (title, body, content_hash, word_count, source_format, imported_at) VALUES (?, ?, ?, 20, 'text', '2018-07-04')`
    );
    insert.run('Talks fail', text, 'h1');
    insert.run('Short', 'Too short', 'h2');
    db.prepare('INSERT INTO article_minhash (article_id, signature) VALUES (?, ?), (?, ?)').run(
      1,
      Buffer.alloc(256, 1),
      2,
      Buffer.alloc(256, 2)
    );
    migrate(db);
    const stored = db.prepare('SELECT article_id, signature FROM article_minhash').all() as Array<{
      article_id: number;
      signature: Buffer;
    }>;
    expect(stored.map((r) => r.article_id)).toEqual([1]);
    expect([...signatureFromBlob(stored[0]!.signature)]).toEqual([...minhashSignature(text)!]);
  });

  it('gives existing articles empty field sources (schema 12) and keeps the column valid JSON', () => {
    const db = twoReportsAt(11);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 12)
    );
    expect(db.prepare('SELECT id, field_sources FROM articles ORDER BY id').all()).toEqual([
      { id: 1, field_sources: '{}' },
      { id: 2, field_sources: '{}' }
    ]);
    db.prepare(`UPDATE articles SET field_sources = json_set(field_sources, '$.language', 'detected') WHERE id = 1`).run();
    expect(db.prepare('SELECT field_sources FROM articles WHERE id = 1').pluck().get()).toBe('{"language":"detected"}');
    expect(() => db.prepare("UPDATE articles SET field_sources = 'not json' WHERE id = 2").run()).toThrow(/CHECK constraint/);
  });

  it('gives the search tables to a library that skipped migration 4', () => {
    const db = openWritableDb(':memory:');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version !== 4 && m.version <= 7)
    );
    const searchTables = () =>
      db
        .prepare(
          "SELECT name FROM sqlite_schema WHERE name IN ('search_snapshots', 'search_changes', 'saved_searches', 'recent_searches') ORDER BY name"
        )
        .pluck()
        .all();
    expect(searchTables()).toEqual([]);
    migrate(db);
    expect(searchTables()).toEqual(['recent_searches', 'saved_searches', 'search_changes', 'search_snapshots']);
  });

  it('numbers the migrations 1, 2, 3… without gaps, in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('keeps the full-text index in step with inserts, updates and deletes', () => {
    const library = openLibrary(':memory:');
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
