import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type WritableDb, openWritableDb } from '../connection';
import { getSchemaVersion, migrate } from '../migrate';
import { MIGRATIONS } from '.';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const CHINESE = '北京市政府宣布新的交通政策。';
const LATIN = 'Rebels in Daraa said the talks failed.';

/** A library at version 19 with a Chinese and an English article, indexed as 019's imports did. */
function libraryAt19(file: string): WritableDb {
  const db = openWritableDb(file);
  cleanups.push(() => db.close());
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 19)
  );
  const insert = db.prepare(
    `INSERT INTO articles (title, body, outlet, content_hash, word_count, source_format, imported_at)
     VALUES (?, ?, ?, ?, 5, 'text', '2018-07-04T10:00:00.000Z')`
  );
  // 019's index read the article through crosscheck_search_form (registered by 019 on this connection).
  const index = db.prepare(
    `INSERT INTO articles_fts (rowid, title, body, outlet)
     VALUES (?, crosscheck_search_form(?), crosscheck_search_form(?), crosscheck_search_form(?))`
  );
  for (const [title, body, outlet, hash] of [
    ['交通政策', CHINESE, '人民日报', 'h1'],
    ['Talks fail', LATIN, 'Reuters', 'h2']
  ] as const) {
    index.run(insert.run(title, body, outlet, hash).lastInsertRowid, title, body, outlet);
  }
  return db;
}

const ids = (db: Database.Database, match: string) =>
  db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').pluck().all(match);
const integrityCheck = (db: Database.Database) => () =>
  db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();

describe('migration 020: the search form stored with the article', () => {
  it('stores the form of the Chinese article only, and the index keeps finding its words', () => {
    const db = libraryAt19(':memory:');
    // One step, to 20: later migrations are not this test's.
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 20)
    );
    expect(getSchemaVersion(db)).toBe(20);
    const rows = db.prepare('SELECT id, search_title, search_body, search_outlet FROM articles ORDER BY id').all();
    expect(rows).toEqual([
      { id: 1, search_title: ' 交通  政策 ', search_body: expect.stringContaining(' 政府 '), search_outlet: ' 人民  日报 ' },
      { id: 2, search_title: null, search_body: null, search_outlet: null }
    ]);
    expect(ids(db, '"政府"')).toEqual([1]);
    expect(ids(db, '"北京"*')).toEqual([1]);
    expect(ids(db, 'outlet : "人民 日报"')).toEqual([1]);
    expect(ids(db, '"talks failed"')).toEqual([2]);
    expect(integrityCheck(db)).not.toThrow();
    // No SQL function left in the schema.
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%crosscheck_search_form%'").pluck().get()).toBe(0);
  });

  it('lets a connection without any of the app functions (a bare sqlite3 shell) edit and delete articles', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-020-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'library.db');
    const app = libraryAt19(file);
    migrate(app);
    app.close();
    const bare = new Database(file);
    cleanups.push(() => bare.close());
    // The English article edited as any tool would: its text is its search form.
    bare.prepare('UPDATE articles SET body = ? WHERE id = 2').run('Jets struck Busra al-Sham.');
    expect(ids(bare, '"daraa"')).toEqual([]);
    expect(ids(bare, '"busra"')).toEqual([2]);
    // The Chinese one: its text without its stored form would give the index the old words; refused.
    expect(() => bare.prepare('UPDATE articles SET body = ? WHERE id = 1').run('東京都の知事')).toThrow(/search form/);
    bare.prepare('UPDATE articles SET body = ?, search_body = NULL WHERE id = 1').run('東京都の知事');
    expect(ids(bare, '"政府"')).toEqual([]);
    expect(ids(bare, '"東京都の知事"')).toEqual([1]);
    expect(integrityCheck(bare)).not.toThrow();
    bare.prepare('DELETE FROM articles').run();
    expect(ids(bare, '"交通"')).toEqual([]);
    expect(ids(bare, '"busra"')).toEqual([]);
    expect(integrityCheck(bare)).not.toThrow();
    expect(bare.prepare('SELECT count(*) FROM articles_vocab').pluck().get()).toBe(0);
  });
});
