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

/** A library at the version before 019, with a Chinese and an English article indexed as imports did then. */
function libraryBefore19(): WritableDb {
  const db = openWritableDb(':memory:');
  cleanups.push(() => db.close());
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version < 19)
  );
  const insert = db.prepare(
    `INSERT INTO articles (title, body, outlet, content_hash, word_count, source_format, imported_at)
     VALUES (?, ?, ?, ?, 5, 'text', '2018-07-04T10:00:00.000Z')`
  );
  const index = db.prepare('INSERT INTO articles_fts (rowid, title, body, outlet) VALUES (?, ?, ?, ?)');
  for (const [title, body, outlet, hash] of [
    ['交通政策', CHINESE, '人民日报', 'h1'],
    ['Talks fail', LATIN, 'Reuters', 'h2']
  ] as const) {
    index.run(insert.run(title, body, outlet, hash).lastInsertRowid, title, body, outlet);
  }
  db.prepare('DELETE FROM search_changes').run();
  return db;
}

/** Migration 019 alone: 020 stores the search form and takes the function out of the triggers. */
const TO_19 = MIGRATIONS.filter((m) => m.version <= 19);

const ids = (db: WritableDb, match: string) =>
  db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').pluck().all(match);

describe('migration 019: Chinese, Japanese and Thai indexed by word', () => {
  it('re-indexes the library through the search form: words inside a run are found, English exactly as before', () => {
    const db = libraryBefore19();
    expect(ids(db, '"政府"')).toEqual([]);
    expect(ids(db, '"daraa"')).toEqual([2]);
    migrate(db, TO_19);
    expect(getSchemaVersion(db)).toBe(19);
    expect(ids(db, '"政府"')).toEqual([1]);
    expect(ids(db, '"北京"*')).toEqual([1]);
    // The outlet's name too: 人民日报 is 人民 + 日报 to ICU.
    expect(ids(db, 'outlet : "人民 日报"')).toEqual([1]);
    expect(ids(db, '"daraa"')).toEqual([2]);
    expect(ids(db, '"talks failed"')).toEqual([2]);
    // The index agrees with what it is built from (what `crosscheck doctor` checks).
    expect(() => db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    // The saved MiniSearch index re-reads the Chinese article, and only it.
    expect(db.prepare('SELECT article_id FROM search_changes').pluck().all()).toEqual([1]);
    expect(db.prepare("SELECT count(*) FROM articles_vocab WHERE term = '政府'").pluck().get()).toBe(1);
  });

  it('keeps the index right when an article is edited or deleted afterwards', () => {
    const db = libraryBefore19();
    migrate(db, TO_19);
    db.prepare('UPDATE articles SET body = ? WHERE id = 1').run('東京都の知事は京都を訪れた。');
    expect(ids(db, '"政府"')).toEqual([]);
    expect(ids(db, '"知事"')).toEqual([1]);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    db.prepare('DELETE FROM articles WHERE id = 2').run();
    expect(ids(db, '"知事"')).toEqual([]);
    expect(ids(db, '"daraa"')).toEqual([]);
    expect(() => db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    expect(db.prepare('SELECT count(*) FROM articles_vocab').pluck().get()).toBe(0);
  });
});
