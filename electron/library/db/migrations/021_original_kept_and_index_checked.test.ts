import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeOriginalEdits, storedOriginal } from '@shared/import/originalEdits';
import { seededRandom } from '@shared/text/seededRandom';
import { getArticle } from '../../articles';
import { correctArticles } from '../../bulkEdit';
import { correctArticle } from '../../corrections';
import { importPaths } from '../../import/importPaths';
import { makeTempFolder, makeTempLibrary } from '../../testing/tempLibrary';
import { type WritableDb, openWritableDb } from '../connection';
import { getSchemaVersion, migrate } from '../migrate';
import { MIGRATIONS } from '.';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** A hard-wrapped, indented wire story as read, and the clean text import made of it (as in 018's test). */
const WIRE_ORIGINAL = 'Talks fail in Daraa\n\n    DARAA, July 4 - Rebels in Daraa said talks\nwith Russia had collapsed.\t\n    Jets struck\u00a0Busra al-Sham.\u2028 REUTER\n';
const WIRE_BODY = 'Talks fail in Daraa\n\nDARAA, July 4 - Rebels in Daraa said talks with Russia had collapsed.\n\nJets struck Busra al-Sham. REUTER';

function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-021-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'library.db');
}

/** Adds an article to the full-text index, as the app's writers do (no trigger does on insert). */
function index(db: Database.Database, id: number, title: string, body: string): void {
  db.prepare('INSERT INTO articles_fts (rowid, title, body, outlet) VALUES (?, ?, ?, NULL)').run(id, title, body);
}

/** Stores articles as the app does (original as edits where it can), in a library at `version`. */
function libraryWith(file: string, articles: ReadonlyArray<{ body: string; original: string | null }>, version?: number): WritableDb {
  const db = openWritableDb(file);
  migrate(db, version === undefined ? MIGRATIONS : MIGRATIONS.filter((m) => m.version <= version));
  const insert = db.prepare(
    `INSERT INTO articles (title, body, original, original_edits, content_hash, word_count, source_format, imported_at)
     VALUES ('Talks', ?, ?, ?, ?, 5, 'text', '2018-07-04T10:00:00.000Z')`
  );
  articles.forEach(({ body, original }, i) => {
    const stored = original === null ? { original: null, originalEdits: null } : storedOriginal(body, original);
    index(db, Number(insert.run(body, stored.original, stored.originalEdits, `h${i}`).lastInsertRowid), 'Talks', body);
  });
  return db;
}

/** A connection as an outside tool opens the file: no pragmas, none of the app's SQL functions. */
function bare(file: string): Database.Database {
  const db = new Database(file);
  cleanups.push(() => db.close());
  return db;
}

const stored = (db: Database.Database, id: number) =>
  db.prepare('SELECT original, original_edits FROM articles WHERE id = ?').get(id) as { original: string | null; original_edits: string | null };

/** A saved spelling-variant word list, which a rebuilt index makes stale. */
function saveWordList(db: Database.Database): void {
  db.prepare(
    "INSERT INTO search_snapshots (name, max_article_id, change_seq, article_count, format, data, saved_at) VALUES ('vocabulary', 2, 0, 2, 'v1', '[]', '2018-07-04')"
  ).run();
}

describe('migration 021: the original kept when the body is edited', () => {
  it('keeps the original of an article stored as edits when a bare sqlite3 connection edits its body', () => {
    const file = tempFile();
    const app = libraryWith(file, [
      { body: WIRE_BODY, original: WIRE_ORIGINAL },
      { body: 'Jets struck Busra al-Sham.', original: 'Jets struck Busra al-Sham.\nFollow us on Twitter\n' },
      { body: 'The United Nations called for calm.', original: null }
    ]);
    expect(stored(app, 1).original_edits).not.toBeNull();
    app.close();
    const outside = bare(file);
    outside.prepare("UPDATE articles SET body = replace(body, 'Busra', 'Bosra')").run();
    // Each keeps the text it had: the wire story's rebuilt from the old body, the full one as it
    // was; the third's body did not change (no Busra in it), so nothing is written for it.
    expect(outside.prepare('SELECT id, original, original_edits FROM articles ORDER BY id').all()).toEqual([
      { id: 1, original: WIRE_ORIGINAL, original_edits: null },
      { id: 2, original: 'Jets struck Busra al-Sham.\nFollow us on Twitter\n', original_edits: null },
      { id: 3, original: null, original_edits: null }
    ]);
    // An article whose original was its body keeps that body as its original.
    outside.prepare("UPDATE articles SET body = 'The UN called for calm.' WHERE id = 3").run();
    expect(stored(outside, 3)).toEqual({ original: 'The United Nations called for calm.', original_edits: null });
    expect(outside.prepare('SELECT count(*) FROM original_named').pluck().get()).toBe(0);
    outside.close();
    const reader = openWritableDb(file);
    cleanups.push(() => reader.close());
    expect(getArticle(reader, 1)).toMatchObject({ body: WIRE_BODY.replace('Busra', 'Bosra'), original: WIRE_ORIGINAL });
    expect(getArticle(reader, 3)).toMatchObject({ body: 'The UN called for calm.', original: 'The United Nations called for calm.' });
  });

  it('leaves the original to a statement that names it, and never leaves edits meant for another body', () => {
    const file = tempFile();
    libraryWith(file, [
      { body: WIRE_BODY, original: WIRE_ORIGINAL },
      { body: WIRE_BODY, original: WIRE_ORIGINAL }
    ]).close();
    const outside = bare(file);
    outside.prepare("UPDATE articles SET body = 'New text.', original_edits = NULL WHERE id = 1").run();
    expect(stored(outside, 1)).toEqual({ original: null, original_edits: null });
    outside.prepare("UPDATE articles SET body = 'New text.', original = 'New  text.' WHERE id = 2").run();
    // A full original wins over edits when read; the edits of the old body are cleared all the same.
    expect(stored(outside, 2).original).toBe('New  text.');
    // The body set to what it was: nothing to keep.
    const edits = stored(outside, 1);
    outside.prepare('UPDATE articles SET body = body WHERE id = 1').run();
    expect(stored(outside, 1)).toEqual(edits);
    expect(outside.prepare('SELECT count(*) FROM original_named').pluck().get()).toBe(0);
  });

  it('rebuilds in SQL exactly the original the app reads, for any whitespace, script and damaged edits', () => {
    const next = seededRandom(21);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const SPACES = [' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\u2028', '\u3000', '\u2003', ' \r\n ', '\ufeff', '\u202f'];
    const WORDS = ['Daraa', 'said', 'é', '北京市', '😀', 'a', '1987', '"quoted"', 'x;y', '0;', 'ก'];
    const cases: Array<{ body: string; original: string }> = [];
    for (let n = 0; n < 150; n++) {
      const words = Array.from({ length: Math.floor(next() * 12) }, () => pick(WORDS));
      const gaps = (first: boolean) => words.map((_, i) => (i === 0 && first ? pick(['', ' ']) : pick(SPACES)));
      const join = (g: string[], tail: string) => words.map((w, i) => g[i] + w).join('') + tail;
      cases.push({ body: join(gaps(false), pick(['', '\n'])), original: join(gaps(true), pick(['', '\n', '  '])) });
    }
    const file = tempFile();
    const app = libraryWith(file, cases);
    const asEdits = app.prepare('SELECT count(*) FROM articles WHERE original_edits IS NOT NULL').pluck().get() as number;
    expect(asEdits).toBeGreaterThan(100);
    // Damaged rows: edits past the last gap, without a `;`, without digits; the reader shows no original.
    const damaged = [
      ['Talks fail in Daraa', '5\n;'],
      ['Talks fail in Daraa', '1\n'],
      ['Talks fail in Daraa', '\n;']
    ];
    for (const [body, edits] of damaged) {
      const insert = app.prepare(
        "INSERT INTO articles (title, body, original_edits, content_hash, word_count, source_format, imported_at) VALUES ('T', ?, ?, ?, 1, 'text', 'x')"
      );
      index(app, Number(insert.run(body, edits, `d${edits}`).lastInsertRowid), 'T', body!);
    }
    const want = (app.prepare('SELECT id, body, original, original_edits FROM articles ORDER BY id').all() as Array<{
      id: number;
      body: string;
      original: string | null;
      original_edits: string | null;
    }>).map((r) => r.original ?? (r.original_edits === null ? r.body : (decodeOriginalEdits(r.body, r.original_edits) ?? r.body)));
    expect(want.slice(0, cases.length)).toEqual(cases.map((c) => c.original));
    app.close();
    const outside = bare(file);
    outside.prepare("UPDATE articles SET body = body || ' edited'").run();
    expect(outside.prepare('SELECT original FROM articles ORDER BY id').pluck().all()).toEqual(want);
    expect(outside.prepare('SELECT count(*) FROM articles WHERE original_edits IS NOT NULL').pluck().get()).toBe(0);
  });

  it("keeps the app's writers right: a re-import with the same edits takes the new original; corrections and bulk edits keep the edits", async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const wrapped = (word: string) => `Talks fail\n\n    Rebels in Daraa said the talks had ${word}\n    on Wednesday, witnesses said.`;
    const dir = makeTempFolder({ 'story.txt': wrapped('failed') });
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    await importPaths(lib.db, [dir]);
    const before = stored(lib.db, 1);
    expect(before.original_edits).not.toBeNull();
    expect(getArticle(lib.db, 1)!.original).toBe(wrapped('failed'));

    correctArticle(lib.db, 1, { title: 'Talks fail in Daraa' });
    correctArticles(lib.db, [1], { collection: 'Syria', outlet: 'Reuters' });
    expect(stored(lib.db, 1)).toEqual(before);

    // One word changed, whitespace as before: the new text's edits are the very same string.
    fs.writeFileSync(path.join(dir, 'story.txt'), wrapped('stalled'));
    await importPaths(lib.db, [dir]);
    expect(stored(lib.db, 1)).toEqual(before);
    expect(getArticle(lib.db, 1)).toMatchObject({ title: 'Talks fail in Daraa', original: wrapped('stalled') });
    expect(lib.db.prepare('SELECT count(*) FROM original_named').pluck().get()).toBe(0);
  });

  it('migrates a library at 020 without touching its originals', () => {
    const db = libraryWith(':memory:', [{ body: WIRE_BODY, original: WIRE_ORIGINAL }], 20);
    const before = stored(db, 1);
    saveWordList(db);
    migrate(db);
    expect(getSchemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(stored(db, 1)).toEqual(before);
    expect(getArticle(db, 1)!.original).toBe(WIRE_ORIGINAL);
    // No word of an unspaced script in its index: the index is not checked, and the word list is kept.
    expect(db.prepare('SELECT count(*) FROM search_snapshots').pluck().get()).toBe(1);
    db.close();
  });
});

describe('migration 021: an index damaged under 019 is rebuilt', () => {
  const integrityCheck = (db: Database.Database) => () =>
    db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();

  it('finds the stale words a Chinese article left when another runtime deleted it, and rebuilds', () => {
    const db = openWritableDb(':memory:');
    cleanups.push(() => db.close());
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 19)
    );
    const body = '北京市政府宣布新的交通政策。';
    const id = db
      .prepare("INSERT INTO articles (title, body, content_hash, word_count, source_format, imported_at) VALUES ('Policy', ?, 'h1', 5, 'text', 'x')")
      .run(body).lastInsertRowid;
    // Indexed by a runtime whose ICU cut the run otherwise (here: not at all), deleted by this one.
    db.prepare('INSERT INTO articles_fts (rowid, title, body, outlet) VALUES (?, ?, ?, NULL)').run(id, 'Policy', body);
    db.prepare(
      "INSERT INTO articles (title, body, content_hash, word_count, source_format, imported_at) VALUES ('Talks', 'Rebels in Daraa said talks failed.', 'h2', 6, 'text', 'x')"
    ).run();
    db.prepare("INSERT INTO articles_fts (rowid, title, body, outlet) VALUES (2, 'Talks', 'Rebels in Daraa said talks failed.', NULL)").run();
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(integrityCheck(db)).toThrow();
    saveWordList(db);
    // 020 leaves it: no article with such text is left to fill a search form for.
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 20)
    );
    expect(integrityCheck(db)).toThrow();
    migrate(db);
    expect(integrityCheck(db)).not.toThrow();
    expect(db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'daraa'").pluck().all()).toEqual([2]);
    expect(db.prepare('SELECT count(*) FROM search_snapshots').pluck().get()).toBe(0);
  });
});
