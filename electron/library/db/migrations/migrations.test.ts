import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type WritableDb, openWritableDb } from '../connection';
import { NewerDatabaseError, getSchemaVersion, migrate, refuseNewer } from '../migrate';
import { MIGRATIONS } from '.';

/**
 * One test per migration (issue 14): a library at the version before it, with rows in it, migrated
 * one step, checking what the step changes and that the rows are still there. A migration may have
 * a file of its own instead (013_annotations.test.ts). Expected values are written out, never computed by live code:
 * a migration's behaviour is frozen when it lands.
 */

const covered = new Set<number>();

/** Registers the test of one migration (the last test checks that every migration has one). */
function migrationTest(version: number, title: string, body: () => void): void {
  covered.add(version);
  it(`${String(version).padStart(3, '0')}: ${title}`, body);
}

/** A library migrated from zero to `version`. */
function atVersion(version: number): WritableDb {
  const db = openWritableDb(':memory:');
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= version)
  );
  expect(getSchemaVersion(db)).toBe(version);
  return db;
}

/** Applies the migrations up to `version` (one step in these tests). */
function stepTo(db: WritableDb, version: number): void {
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= version)
  );
  expect(getSchemaVersion(db)).toBe(version);
}

function addArticle(db: WritableDb, title: string, body: string, hash: string, extra: { outlet?: string; wordCount?: number } = {}): number {
  return Number(
    db
      .prepare(
        `INSERT INTO articles (title, outlet, body, content_hash, word_count, source_format, imported_at)
         VALUES (?, ?, ?, ?, ?, 'text', '2018-07-04T10:00:00.000Z')`
      )
      .run(title, extra.outlet ?? null, body, hash, extra.wordCount ?? 30).lastInsertRowid
  );
}

function names(db: WritableDb, type: string): string[] {
  return db.prepare('SELECT name FROM sqlite_schema WHERE type = ? ORDER BY name').pluck().all(type) as string[];
}

function ftsMatch(db: WritableDb, words: string): number[] {
  return db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').pluck().all(words) as number[];
}

const REPORT =
  'Syrian rebels said on Wednesday that talks with regime ally Russia over the south of the country had collapsed after Moscow threatened a renewed offensive if they did not agree to surrender terms.';
const SHORT_REPORT = 'Syrian rebels said on Wednesday that talks with regime ally Russia over the south of the country had collapsed.';
/** SHORT_REPORT's signature as migration 011 wrote it when it landed (little-endian 32-bit words). */
const SHORT_REPORT_SIGNATURE =
  'aaa2e003d50e5e01d50e5e01e38ea301d50e5e01aaa2e003743046006eb047034b83d4012a9bcc026eb04703e38ea30174304600743046006eb04703a8294f036eb04703382b7601aaa2e003a0c2300280cdcc011b816601ed2e7b01743046004b83d401382b7601d50e5e012a9bcc026eb04703e4f12002f8887c01e4f120021b81660180cdcc01ed2e7b01382b760174304600382b76012a9bcc02f8887c01f8887c01aaa2e003a0c23002f8887c01e4f12002382b7601a0c230021b816601a8294f032a9bcc0280cdcc014b83d4014b83d401d50e5e01e38ea301a8294f03a8294f0380cdcc01a8294f03a8294f03a0c23002e38ea301e4f12002a8294f03';
/** A text with diacritics, ligatures and a typographic apostrophe, folded before hashing. */
const ACCENTED = 'Ğhariyah ash-Sharqīyah: Straße Œuvre café naïve dans l’État, déjà vu encore';
const ACCENTED_SIGNATURE =
  'cc2206028f1f5201da74de00cc2206029ead68029ead6802a8615401da74de008f1f5201a86154018f1f5201e83486029ead6802a8615401a861540129077c0029077c00da74de0029077c00da74de00e8348602e8348602da74de00e834860229077c008f1f52018f1f52019ead68028f1f520129077c009ead6802cc220602da74de00a861540129077c0029077c00a861540129077c009ead6802da74de00da74de00e8348602a8615401e83486029ead68028f1f520129077c00e83486029ead6802da74de0029077c00da74de00e8348602e83486028f1f52018f1f52018f1f5201da74de009ead6802e834860229077c00a8615401da74de00cc220602';

describe('each migration, from the version before it', () => {
  migrationTest(1, 'creates the articles, their full-text index (fed by triggers), import runs and settings, all STRICT', () => {
    const db = openWritableDb(':memory:');
    stepTo(db, 1);
    expect(names(db, 'table')).toEqual(expect.arrayContaining(['articles', 'articles_fts', 'import_problems', 'import_runs', 'settings']));
    const id = addArticle(db, 'Talks fail', 'Rebels in Daraa said talks failed', 'h1');
    expect(ftsMatch(db, 'daraa')).toEqual([id]);
    db.prepare("UPDATE articles SET body = 'Rebels in Deraa said talks failed' WHERE id = ?").run(id);
    expect(ftsMatch(db, 'daraa')).toEqual([]);
    expect(ftsMatch(db, 'deraa')).toEqual([id]);
    expect(() => addArticle(db, 'Same text', 'Rebels in Daraa said talks failed', 'h1')).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO settings (key, value) VALUES ('k', x'00')").run()).toThrow(/cannot store BLOB/);
  });

  migrationTest(2, "lists the index's words with how many articles hold each, including articles already there", () => {
    const db = atVersion(1);
    addArticle(db, 'Talks fail', 'Rebels in Daraa said talks failed', 'h1');
    addArticle(db, 'Daraa', 'Daraa again', 'h2');
    stepTo(db, 2);
    expect(db.prepare("SELECT term, doc FROM articles_vocab WHERE term IN ('daraa', 'rebels') ORDER BY term").all()).toEqual([
      { term: 'daraa', doc: 2 },
      { term: 'rebels', doc: 1 }
    ]);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
  });

  migrationTest(3, 'adds stories; an article deleted leaves its story, its assignment goes with it', () => {
    const db = atVersion(2);
    const a = addArticle(db, 'Talks fail', REPORT, 'h1');
    const b = addArticle(db, 'Talks collapse', SHORT_REPORT, 'h2');
    stepTo(db, 3);
    db.prepare("INSERT INTO stories (id, label, created_at) VALUES (1, 'Talks', '2018-07-04')").run();
    db.prepare('INSERT INTO story_articles (article_id, story_id, pinned) VALUES (?, 1, 1), (?, 1, 0)').run(a, b);
    db.prepare('DELETE FROM articles WHERE id = ?').run(b);
    expect(db.prepare('SELECT article_id, pinned FROM story_articles').all()).toEqual([{ article_id: a, pinned: 1 }]);
    expect(() => db.prepare("INSERT INTO stories (label, user_label, created_at) VALUES ('x', 2, 'now')").run()).toThrow(/CHECK/);
  });

  migrationTest(4, 'adds the search tables; edits and deletions of articles are logged for the saved index', () => {
    const db = atVersion(3);
    const a = addArticle(db, 'Talks fail', REPORT, 'h1');
    const b = addArticle(db, 'Talks collapse', SHORT_REPORT, 'h2');
    stepTo(db, 4);
    expect(names(db, 'table')).toEqual(expect.arrayContaining(['recent_searches', 'saved_searches', 'search_changes', 'search_snapshots']));
    db.prepare("UPDATE articles SET collection = 'x' WHERE id = ?").run(a); // not a searched field: not logged
    db.prepare("UPDATE articles SET title = 'Talks end' WHERE id = ?").run(a);
    db.prepare('DELETE FROM articles WHERE id = ?').run(b);
    expect(db.prepare('SELECT article_id FROM search_changes ORDER BY seq').pluck().all()).toEqual([a, b]);
    expect(names(db, 'index')).toContain('articles_search_meta');
  });

  migrationTest(5, 'stores signatures and links the near-duplicates already in the library; import problems kept', () => {
    const db = atVersion(4);
    const a = addArticle(db, 'Talks fail', REPORT, 'h1');
    const b = addArticle(db, 'Talks collapse', REPORT.replace('Wednesday', 'Thursday'), 'h2');
    const other = addArticle(db, 'Other', 'Aid convoys waited at the border crossing for a third day while families left the town.', 'h3');
    addArticle(db, 'Short', 'Too short', 'h4');
    db.prepare("INSERT INTO import_runs (id, started_at, paths, status) VALUES (1, '2018-07-04', '[]', 'done')").run();
    db.prepare("INSERT INTO import_problems (run_id, path, kind, code, message, article_id) VALUES (1, '/x.txt', 'duplicate', 'duplicate', 'Same text.', ?)").run(a);
    stepTo(db, 5);
    expect(db.prepare('SELECT a_id, b_id, kind FROM article_links').all()).toEqual([{ a_id: a, b_id: b, kind: 'near-duplicate' }]);
    expect(db.prepare('SELECT score FROM article_links').pluck().get()).toBeGreaterThanOrEqual(0.5);
    // Every article long enough to have a shingle gets a signature; the short one none.
    expect(db.prepare('SELECT article_id FROM article_minhash ORDER BY article_id').pluck().all()).toEqual([a, b, other]);
    expect(db.prepare('SELECT path, kind, article_id FROM import_problems').all()).toEqual([{ path: '/x.txt', kind: 'duplicate', article_id: a }]);
    expect(db.prepare('SELECT near_duplicates FROM import_runs').pluck().get()).toBe(0);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'import_problems'").pluck().get()).toMatch(/near-duplicate/);
  });

  migrationTest(5, 'writes the signatures frozen when it landed (folded words, one-permutation hashing)', () => {
    const db = atVersion(4);
    addArticle(db, 'Talks', SHORT_REPORT, 'h1');
    addArticle(db, 'Accented', ACCENTED, 'h2');
    stepTo(db, 5);
    expect(db.prepare('SELECT hex(signature) FROM article_minhash ORDER BY article_id').pluck().all()).toEqual([
      SHORT_REPORT_SIGNATURE.toUpperCase(),
      ACCENTED_SIGNATURE.toUpperCase()
    ]);
  });

  migrationTest(6, "adds the user's corrections and finds an article by its file; corrections go with their article", () => {
    const db = atVersion(5);
    const a = addArticle(db, 'Talks fail', REPORT, 'h1');
    stepTo(db, 6);
    db.prepare("INSERT INTO article_corrections (article_id, field, value, corrected_at) VALUES (?, 'outlet', 'AFP', 'now')").run(a);
    expect(() => db.prepare("INSERT INTO article_corrections (article_id, field, value, corrected_at) VALUES (?, 'body', 'x', 'now')").run(a)).toThrow(/CHECK/);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM articles WHERE source_path = '/x.txt'").all() as Array<{ detail: string }>;
    expect(plan.map((r) => r.detail).join()).toMatch(/USING (COVERING )?INDEX articles_source_path/);
    db.prepare('DELETE FROM articles WHERE id = ?').run(a);
    expect(db.prepare('SELECT count(*) FROM article_corrections').pluck().get()).toBe(0);
  });

  migrationTest(7, 'adds watched folders, one row per path', () => {
    const db = atVersion(6);
    addArticle(db, 'Talks fail', REPORT, 'h1');
    stepTo(db, 7);
    db.prepare("INSERT INTO watched_folders (path, added_at) VALUES ('/news', 'now')").run();
    expect(() => db.prepare("INSERT INTO watched_folders (path, added_at) VALUES ('/news', 'later')").run()).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
  });

  migrationTest(8, 'gives the search tables to a library that skipped migration 4, and changes nothing in one that has them', () => {
    const skipped = openWritableDb(':memory:');
    migrate(
      skipped,
      MIGRATIONS.filter((m) => m.version !== 4 && m.version <= 7)
    );
    const a = addArticle(skipped, 'Talks fail', REPORT, 'h1');
    const searchTables = (db: WritableDb) => names(db, 'table').filter((n) => /search/.test(n));
    expect(searchTables(skipped)).toEqual([]);
    stepTo(skipped, 8);
    expect(searchTables(skipped)).toEqual(['recent_searches', 'saved_searches', 'search_changes', 'search_snapshots']);
    skipped.prepare('DELETE FROM articles WHERE id = ?').run(a);
    expect(skipped.prepare('SELECT article_id FROM search_changes').pluck().all()).toEqual([a]);

    const db = atVersion(7);
    db.prepare("INSERT INTO saved_searches (name, query, created_at) VALUES ('Daraa', 'Daraa', 'now')").run();
    const before = names(db, 'table').concat(names(db, 'index'), names(db, 'trigger'));
    stepTo(db, 8);
    expect(names(db, 'table').concat(names(db, 'index'), names(db, 'trigger'))).toEqual(before);
    expect(db.prepare('SELECT name FROM saved_searches').pluck().all()).toEqual(['Daraa']);
  });

  migrationTest(9, 'drops the band table, keeps signatures and links, and deletes a signature with its article', () => {
    const db = atVersion(8);
    const a = addArticle(db, 'Talks fail', REPORT, 'h1');
    const b = addArticle(db, 'Talks collapse', REPORT.replace('Wednesday', 'Thursday'), 'h2');
    db.prepare('DELETE FROM article_minhash').run();
    db.prepare('DELETE FROM article_links').run();
    db.prepare('INSERT INTO article_minhash (article_id, signature) VALUES (?, ?), (?, ?)').run(a, Buffer.alloc(256, 1), b, Buffer.alloc(256, 2));
    db.prepare("INSERT INTO article_links (a_id, b_id, kind, score) VALUES (?, ?, 'near-duplicate', 0.9)").run(a, b);
    stepTo(db, 9);
    expect(names(db, 'table')).not.toContain('minhash_bands');
    expect(db.prepare('SELECT article_id, hex(signature) AS sig FROM article_minhash ORDER BY article_id').all()).toEqual([
      { article_id: a, sig: '01'.repeat(256) },
      { article_id: b, sig: '02'.repeat(256) }
    ]);
    expect(db.prepare('SELECT a_id, b_id FROM article_links').all()).toEqual([{ a_id: a, b_id: b }]);
    db.prepare('DELETE FROM articles WHERE id = ?').run(b);
    expect(db.prepare('SELECT article_id FROM article_minhash').pluck().all()).toEqual([a]);
    expect(db.prepare('SELECT count(*) FROM article_links').pluck().get()).toBe(0);
  });

  migrationTest(10, 'stops indexing inserted articles by trigger (the code indexes them); edits and deletes still reach the index', () => {
    const db = atVersion(9);
    const a = addArticle(db, 'Talks fail', 'Rebels in Daraa said talks failed', 'h1');
    stepTo(db, 10);
    expect(names(db, 'trigger')).not.toContain('articles_ai');
    expect(ftsMatch(db, 'daraa')).toEqual([a]);
    addArticle(db, 'Convoys', 'Aid convoys in Daraa waited', 'h2');
    expect(ftsMatch(db, 'convoys')).toEqual([]);
    db.prepare("UPDATE articles SET body = 'Rebels in Deraa said talks failed' WHERE id = ?").run(a);
    expect(ftsMatch(db, 'deraa')).toEqual([a]);
  });

  migrationTest(11, 'recomputes stored signatures as frozen when it landed, dropping any for a text too short to have one', () => {
    const db = atVersion(10);
    const a = addArticle(db, 'Talks fail', SHORT_REPORT, 'h1');
    const b = addArticle(db, 'Short', 'Too short', 'h2');
    const c = addArticle(db, 'Accented', ACCENTED, 'h3');
    db.prepare('INSERT INTO article_minhash (article_id, signature) VALUES (?, ?), (?, ?), (?, ?)').run(
      a,
      Buffer.alloc(256, 1),
      b,
      Buffer.alloc(256, 2),
      c,
      Buffer.alloc(256, 3)
    );
    db.prepare("INSERT INTO article_links (a_id, b_id, kind, score) VALUES (?, ?, 'near-duplicate', 0.6)").run(a, c);
    stepTo(db, 11);
    expect(db.prepare('SELECT article_id, hex(signature) AS sig FROM article_minhash ORDER BY article_id').all()).toEqual([
      { article_id: a, sig: SHORT_REPORT_SIGNATURE.toUpperCase() },
      { article_id: c, sig: ACCENTED_SIGNATURE.toUpperCase() }
    ]);
    // Links found with the old signatures stay.
    expect(db.prepare('SELECT a_id, b_id, score FROM article_links').all()).toEqual([{ a_id: a, b_id: c, score: 0.6 }]);
  });

  migrationTest(12, 'gives existing articles empty field sources and keeps the column valid JSON', () => {
    const db = atVersion(11);
    const a = addArticle(db, 'Talks fail', REPORT, 'h1');
    const b = addArticle(db, 'Talks collapse', SHORT_REPORT, 'h2');
    stepTo(db, 12);
    expect(db.prepare('SELECT id, field_sources FROM articles ORDER BY id').all()).toEqual([
      { id: a, field_sources: '{}' },
      { id: b, field_sources: '{}' }
    ]);
    db.prepare(`UPDATE articles SET field_sources = json_set(field_sources, '$.language', 'detected') WHERE id = ?`).run(a);
    expect(db.prepare('SELECT field_sources FROM articles WHERE id = ?').pluck().get(a)).toBe('{"language":"detected"}');
    expect(() => db.prepare("UPDATE articles SET field_sources = 'not json' WHERE id = ?").run(b)).toThrow(/CHECK constraint/);
  });

  migrationTest(14, 'indexes the word count and import date, so those list sorts read a page from an index', () => {
    const db = atVersion(13);
    addArticle(db, 'Talks fail', REPORT, 'h1', { wordCount: 33 });
    addArticle(db, 'Talks collapse', SHORT_REPORT, 'h2', { wordCount: 20 });
    const plan = (order: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM articles ORDER BY ${order} LIMIT 20 OFFSET 20`).all() as Array<{ detail: string }>)
        .map((r) => r.detail)
        .join(' | ');
    expect(plan('word_count DESC')).toMatch(/TEMP B-TREE/);
    stepTo(db, 14);
    expect(plan('word_count DESC')).toMatch(/USING (COVERING )?INDEX articles_word_count/);
    expect(plan('imported_at')).toMatch(/USING (COVERING )?INDEX articles_imported_at/);
    expect(plan('word_count DESC')).not.toMatch(/TEMP B-TREE/);
    expect(db.prepare('SELECT word_count FROM articles ORDER BY word_count').pluck().all()).toEqual([20, 33]);
  });

  migrationTest(16, "indexes annotations by colour and by state, so the notes panel's counts read an index, not every row", () => {
    const db = atVersion(15);
    const a = addArticle(db, 'Talks fail', REPORT, 'h1');
    const insert = db.prepare(
      `INSERT INTO annotations (kind, article_id, colour, note, quote_exact, state, created_at, updated_at)
       VALUES ('highlight', ?, ?, 'n', 'talks', ?, 'now', 'now')`
    );
    insert.run(a, 2, 'placed');
    insert.run(a, 2, 'orphan');
    insert.run(a, 5, 'placed');
    const count = (column: string) => `SELECT ${column}, count(*) AS n FROM annotations a LEFT JOIN articles ar ON ar.id = a.article_id GROUP BY ${column}`;
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    expect(plan(count('state'))).toMatch(/TEMP B-TREE FOR GROUP BY/);
    stepTo(db, 16);
    expect(plan(count('colour'))).toMatch(/COVERING INDEX annotations_colour/);
    expect(plan(count('state'))).toMatch(/COVERING INDEX annotations_state/);
    expect(plan(count('state'))).not.toMatch(/TEMP B-TREE/);
    expect(db.prepare(count('colour')).all()).toEqual([
      { colour: 2, n: 2 },
      { colour: 5, n: 1 }
    ]);
  });

  migrationTest(22, "starts the annotation id floor at the highest id, and raises it when a higher annotation is deleted", () => {
    const db = atVersion(21);
    const a = addArticle(db, 'Talks fail', REPORT, 'h1');
    const insert = db.prepare(
      `INSERT INTO annotations (id, kind, article_id, note, created_at, updated_at) VALUES (?, 'article-note', ?, 'n', 'now', 'now')`
    );
    insert.run(3, a);
    insert.run(7, a);
    stepTo(db, 22);
    const floor = () => db.prepare('SELECT highest FROM annotation_id_floor').pluck().get();
    expect(floor()).toBe(7);
    db.prepare('DELETE FROM annotations WHERE id = 3').run();
    expect(floor()).toBe(7);
    insert.run(9, a);
    db.prepare('DELETE FROM annotations WHERE id = 9').run();
    expect(floor()).toBe(9);
    expect(() => db.prepare('INSERT INTO annotation_id_floor (only, highest) VALUES (2, 1)').run()).toThrow(/CHECK constraint/);
  });

  migrationTest(24, 'changes no table, and a build from before story term scheme 2 refuses the library (review 15, #8)', () => {
    const db = atVersion(23);
    const schema = () => db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
    const before = schema();
    stepTo(db, 24);
    expect(schema()).toEqual(before);
    // What an older build does on open: its migrations end at 23.
    expect(() => refuseNewer(getSchemaVersion(db), MIGRATIONS.filter((m) => m.version <= 23))).toThrow(NewerDatabaseError);
  });

  it('every migration has its test, here or in a file of its own (013_annotations.test.ts)', () => {
    const ownFiles = fs.readdirSync(import.meta.dirname).flatMap((f) => (/^(\d{3})_.*\.test\.ts$/.exec(f) ? [Number(f.slice(0, 3))] : []));
    const tested = new Set([...covered, ...ownFiles]);
    expect(MIGRATIONS.map((m) => m.version).filter((v) => !tested.has(v)), 'migrations without a test').toEqual([]);
  });

  it('no migration imports live app code: only other migrations, their types and frozen copies', () => {
    const dir = import.meta.dirname;
    const files = fs.readdirSync(dir).filter((f) => /^\d{3}_.*\.ts$/.test(f) && !f.endsWith('.test.ts'));
    expect(files.length).toBe(MIGRATIONS.length);
    const allowed = /^(\.\/\d{3}_[\w]+|\.\/types|\.\/frozen\/[\w]+|\.\.\/connection)$/;
    const offending = files.flatMap((file) =>
      [...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/^import\b[^;]*?from '([^']+)'/gm)]
        .map((m) => m[1]!)
        .filter((from) => !allowed.test(from))
        .map((from) => `${file} imports ${from}`)
    );
    expect(offending).toEqual([]);
  });
});
