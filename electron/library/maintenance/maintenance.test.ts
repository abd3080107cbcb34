import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryInfo } from '@shared/contract/schemas';
import { openWritableDb } from '../db/connection';
import { holdersDir } from '../db/libraryHolders';
import { importPaths } from '../import/importPaths';
import { dispatch } from '@shared/contract/dispatch';
import { startEngine } from '../engine';
import { openLibrary } from '../library';
import { SNAPSHOT_NAME, SearchIndex } from '../search/searchIndex';
import { setSetting } from '../settings';
import { ensureStories } from '../stories/ensureStories';
import { SEEDS_DIR, makeTempLibrary } from '../testing/tempLibrary';
import { backupIfDue, backupLibrary, backupsKept, listBackups } from './backups';
import { checkLibrary } from './checkLibrary';
import { maintenanceHandlers } from './maintenanceHandlers';
import { repairLibrary } from './repairLibrary';
import { RestoreRefusedError, restoreLibrary } from './restoreLibrary';

let lib: ReturnType<typeof makeTempLibrary>;
afterEach(() => lib?.dispose());

/** The five seeds, grouped, with a saved search snapshot: a sound library. */
async function seededLibrary(): Promise<ReturnType<typeof makeTempLibrary>> {
  lib = makeTempLibrary();
  await importPaths(lib.db, [SEEDS_DIR]);
  ensureStories(lib.db);
  const index = new SearchIndex(lib.db, { saveDelayMs: 0, saveMinChanges: 0 });
  await index.ready();
  await index.flush();
  return lib;
}

const kinds = (check: ReturnType<typeof checkLibrary>): string[] => check.problems.map((p) => p.kind);
const count = (query: string): number => lib.db.prepare(query).pluck().get() as number;

describe('checkLibrary / repairLibrary', () => {
  it('finds nothing wrong in a sound library', async () => {
    await seededLibrary();
    const check = checkLibrary(lib.db);
    expect(check.problems).toEqual([]);
    expect(check.counts).toMatchObject({ articles: 5, indexed: 5, inStories: 5 });
  });

  it('reports a row deleted from the full-text shadow table, and repair rebuilds the index', async () => {
    await seededLibrary();
    const id = count("SELECT id FROM articles WHERE body LIKE '%Deraa%' LIMIT 1");
    // NB: better-sqlite3 opens connections in SQLite's defensive mode, which forbids writing shadow tables.
    lib.db.unsafeMode(true);
    lib.db.prepare('DELETE FROM articles_fts_docsize WHERE id = ?').run(id);
    lib.db.unsafeMode(false);
    const check = checkLibrary(lib.db);
    expect(kinds(check)).toContain('full-text');
    expect(check.counts.indexed).toBe(4);

    const repair = await repairLibrary(lib.db);
    expect(repair.rebuilt).toContain('full-text index and vocabulary');
    expect(repair.after.problems).toEqual([]);
    expect(count("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Deraa' AND rowid = " + id)).toBe(1);
  });

  it('an article in no story waits to be grouped (no problem), and repair puts it back without touching pinned moves', async () => {
    await seededLibrary();
    const [a, b] = lib.db.prepare('SELECT article_id FROM story_articles ORDER BY article_id LIMIT 2').pluck().all() as number[];
    lib.db.prepare('UPDATE story_articles SET pinned = 1 WHERE article_id = ?').run(a);
    const pinnedStory = count(`SELECT story_id FROM story_articles WHERE article_id = ${a}`);
    lib.db.prepare('DELETE FROM story_articles WHERE article_id = ?').run(b);
    const check = checkLibrary(lib.db);
    // As `import --no-group` leaves articles (review 16 #7): the next import or start groups them.
    expect(check).toMatchObject({ ok: true, problems: [] });
    expect(check.counts.inStories).toBe(check.counts.articles - 1);

    const repair = await repairLibrary(lib.db);
    expect(repair.after.problems).toEqual([]);
    expect(count(`SELECT count(*) FROM story_articles WHERE article_id = ${b}`)).toBe(1);
    expect(count(`SELECT story_id FROM story_articles WHERE article_id = ${a}`)).toBe(pinnedStory);
  });

  it('reports a stale search snapshot, and repair saves a fresh one', async () => {
    await seededLibrary();
    // As if an article had been deleted by a version without the change log: the snapshot still counts it.
    lib.db.prepare('UPDATE search_snapshots SET article_count = article_count + 1 WHERE name = ?').run(SNAPSHOT_NAME);
    expect(kinds(checkLibrary(lib.db))).toEqual(['snapshot']);
    const repair = await repairLibrary(lib.db);
    expect(repair.rebuilt).toEqual(['search snapshot']);
    expect(repair.after.problems).toEqual([]);
    expect(count(`SELECT article_count FROM search_snapshots WHERE name = '${SNAPSHOT_NAME}'`)).toBe(5);
  });

  it('reports a snapshot in another format as stale', async () => {
    await seededLibrary();
    lib.db.prepare("UPDATE search_snapshots SET format = 'minisearch6' WHERE name = ?").run(SNAPSHOT_NAME);
    expect(kinds(checkLibrary(lib.db))).toEqual(['snapshot']);
  });

  it('reports an annotation left pointing at a missing article, and repair marks it orphan keeping its note', async () => {
    await seededLibrary();
    const id = count('SELECT min(id) FROM articles');
    const now = new Date().toISOString();
    lib.db
      .prepare("INSERT INTO annotations (kind, article_id, note, created_at, updated_at) VALUES ('article-note', ?, 'keep me', ?, ?)")
      .run(id, now, now);
    lib.db.pragma('foreign_keys = OFF');
    lib.db.exec('DROP TRIGGER annotations_article_deleted');
    lib.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    lib.db.pragma('foreign_keys = ON');
    const check = checkLibrary(lib.db);
    expect(kinds(check)).toContain('annotations');
    const repair = await repairLibrary(lib.db);
    expect(kinds(repair.after)).not.toContain('annotations');
    expect(lib.db.prepare("SELECT state, note FROM annotations WHERE note = 'keep me'").get()).toEqual({ state: 'orphan', note: 'keep me' });
  });
});

describe('backups', () => {
  it('takes a verified single-file copy that opens as the same library, and keeps only the newest N', async () => {
    await seededLibrary();
    const times = ['2026-12-01T10:00:00.000Z', '2026-12-02T10:00:00.000Z', '2026-12-03T10:00:00.000Z'];
    for (const t of times) await backupLibrary(lib.db, { libraryFile: lib.file, reason: 'manual', keep: 2, now: new Date(t) });
    const kept = listBackups(lib.file);
    expect(kept.map((b) => b.createdAt)).toEqual([times[2], times[1]]);
    expect(fs.readdirSync(path.dirname(kept[0]!.file)).sort()).toEqual(kept.map((b) => path.basename(b.file)).sort());
    const copy = openWritableDb(kept[0]!.file);
    try {
      expect(copy.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(5);
    } finally {
      copy.close();
    }
  });

  it('keeps as many as the backups.keep setting says', async () => {
    await seededLibrary();
    expect(backupsKept(lib.db)).toBe(10);
    setSetting(lib.db, 'backups.keep', '3');
    expect(backupsKept(lib.db)).toBe(3);
  });

  it('takes a daily backup only when the newest is a day old', async () => {
    await seededLibrary();
    const day1 = new Date('2026-12-01T10:00:00.000Z');
    expect(await backupIfDue(lib.db, lib.file, day1)).toMatchObject({ reason: 'daily' });
    expect(await backupIfDue(lib.db, lib.file, new Date('2026-12-02T09:00:00.000Z'))).toBeUndefined();
    expect(await backupIfDue(lib.db, lib.file, new Date('2026-12-02T10:00:01.000Z'))).toMatchObject({ reason: 'daily' });
    expect(listBackups(lib.file)).toHaveLength(2);
  });

  it('takes the daily backup when a host starts the engine on a library without a recent one', async () => {
    await seededLibrary();
    lib.close();
    const engine = await startEngine({ file: lib.file, host: { mode: 'browser' } });
    try {
      await expect.poll(() => listBackups(lib.file).map((b) => b.reason), { timeout: 20_000 }).toEqual(['daily']);
    } finally {
      engine.close();
    }
  });

  it('backs the library up before a migration', async () => {
    await seededLibrary();
    // Back to schema 12: without migration 013's tables and triggers, 014's indexes, 015's and 017's tables nor
    // 018's column, nor 019's view, 020's columns and triggers and 021's.
    lib.db.exec(`DROP TRIGGER articles_original_kept; DROP TRIGGER articles_original_named; DROP TABLE original_named;
      DROP TRIGGER articles_search_form_stale; DROP TRIGGER articles_ad; DROP TRIGGER articles_au;
      DROP VIEW articles_search_form; ALTER TABLE articles DROP COLUMN search_title; ALTER TABLE articles DROP COLUMN search_body;
      ALTER TABLE articles DROP COLUMN search_outlet; DROP TRIGGER annotations_article_deleted; DROP TRIGGER annotations_story_deleted;
      DROP TABLE annotation_tags; DROP TABLE annotations; DROP INDEX articles_word_count; DROP INDEX articles_imported_at;
      DROP TABLE story_vectors; DROP TABLE story_terms; DROP TRIGGER article_id_floor_ad; DROP TABLE article_id_floor; DROP TABLE annotation_id_floor;
      ALTER TABLE articles DROP COLUMN original_edits; PRAGMA user_version = 12;`);
    lib.close();
    const reopened = openLibrary(lib.file);
    reopened.close();
    const backups = listBackups(lib.file);
    expect(backups.map((b) => b.reason)).toEqual([expect.stringMatching(/^before-migration-12-\d+$/)]);
    const copy = openWritableDb(backups[0]!.file);
    try {
      expect(copy.pragma('user_version', { simple: true })).toBe(12);
      expect(copy.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(5);
    } finally {
      copy.close();
    }
  });
});

describe('restoreLibrary', () => {
  it('replaces the library with the backup and keeps the old one aside, with what it had committed', async () => {
    await seededLibrary();
    const backup = await backupLibrary(lib.db, { libraryFile: lib.file, reason: 'manual', keep: 5 });
    lib.db.prepare('DELETE FROM articles WHERE id IN (SELECT id FROM articles LIMIT 3)').run();
    lib.close();
    const result = restoreLibrary(lib.file, backup.file);
    const restored = openLibrary(lib.file);
    try {
      expect(restored.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(5);
    } finally {
      restored.close();
    }
    const old = openLibrary(result.setAside!);
    try {
      expect(old.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
    } finally {
      old.close();
    }
  });

  it('refuses a damaged backup and leaves the library as it was', async () => {
    await seededLibrary();
    const backup = await backupLibrary(lib.db, { libraryFile: lib.file, reason: 'manual', keep: 5 });
    lib.close();
    const bytes = fs.readFileSync(backup.file);
    fs.writeFileSync(backup.file, bytes.subarray(0, 100));
    const before = fs.readFileSync(lib.file);
    expect(() => restoreLibrary(lib.file, backup.file)).toThrow(RestoreRefusedError);
    expect(() => restoreLibrary(lib.file, backup.file)).toThrow(/^Cannot restore: .* The library was not changed\.$/);
    expect(fs.readFileSync(lib.file).equals(before)).toBe(true);
    expect(fs.readdirSync(lib.dir).filter((n) => n.includes('restor'))).toEqual([]);
  });
});

describe('the library:* channels (Settings → Check library / Backups / Restore)', () => {
  it('checks, backs up, lists, and restores at the next opening a backup chosen from the list', async () => {
    await seededLibrary();
    const handlers = maintenanceHandlers(lib);
    expect(await dispatch(handlers, 'library:check', {})).toMatchObject({ ok: true, value: { ok: true, counts: { articles: 5 } } });
    const made = await dispatch(handlers, 'library:backup', {});
    if (!made.ok) throw new Error(made.error.message);
    const backupFile = (made.value as { file: string }).file;
    const listed = await dispatch(handlers, 'library:backups', {});
    expect(listed).toMatchObject({ ok: true, value: { keep: 10, backups: [{ file: backupFile }] } });

    const outsider = await dispatch(handlers, 'library:restore', { file: lib.file });
    expect(outsider).toMatchObject({ ok: false, error: { code: 'not-found' } });

    lib.db.prepare('DELETE FROM articles WHERE id IN (SELECT id FROM articles LIMIT 4)').run();
    expect(await dispatch(handlers, 'library:restore', { file: backupFile })).toMatchObject({ ok: true, value: { restartRequired: true } });
    // Nothing changes under the running app…
    expect(count('SELECT count(*) FROM articles')).toBe(1);
    lib.close();
    // …the next start restores it.
    const reopened = openLibrary(lib.file);
    try {
      expect(reopened.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(5);
    } finally {
      reopened.close();
    }
    expect(fs.readdirSync(lib.dir).filter((n) => n.includes('before-restore')).length).toBeGreaterThan(0);
    expect(fs.existsSync(`${lib.file}.restore-pending`)).toBe(false);
  });

  it('says in library:info that a restore waits while another Crosscheck has the library open, and cancels it', async () => {
    await seededLibrary();
    const backup = await backupLibrary(lib.db, { libraryFile: lib.file, reason: 'manual', keep: 10 });
    lib.db.prepare('DELETE FROM articles WHERE id IN (SELECT id FROM articles LIMIT 4)').run();
    expect(await dispatch(maintenanceHandlers(lib), 'library:restore', { file: backup.file })).toMatchObject({ ok: true });
    lib.close();
    // Another Crosscheck opens the library before this one starts again (its record, as another
    // process on this machine leaves it: the parent of this test's process is alive).
    fs.mkdirSync(holdersDir(lib.file), { recursive: true });
    const record = path.join(holdersDir(lib.file), `${process.ppid}-0-1.json`);
    fs.writeFileSync(record, JSON.stringify({ pid: process.ppid, host: os.hostname(), name: 'crosscheck serve' }));
    const engine = await startEngine({ file: lib.file, host: { mode: 'browser' } });
    try {
      const info = async () => {
        const answer = await dispatch(engine.handlers, 'library:info', {});
        if (!answer.ok) throw new Error(answer.error.message);
        return answer.value as LibraryInfo;
      };
      expect(await info()).toMatchObject({
        articleCount: 1,
        waiting: { kind: 'restore', blockedBy: `Another Crosscheck (crosscheck serve, pid ${process.ppid}) has this library open.` }
      });
      // The other one closes: the restore still waits, for the next start.
      fs.rmSync(record);
      expect((await info()).waiting).toMatchObject({ kind: 'restore', blockedBy: expect.stringMatching(/has closed since\.$/) });
      expect(await dispatch(engine.handlers, 'library:cancelRestore', {})).toMatchObject({ ok: true, value: { cancelled: true } });
      expect((await info()).waiting).toBeUndefined();
    } finally {
      engine.close();
    }
    // Cancelled: the next start, alone on the library, leaves it as it was.
    const reopened = openLibrary(lib.file);
    try {
      expect(reopened.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    } finally {
      reopened.close();
    }
  });

  it('repairs through the channel and tells the host', async () => {
    await seededLibrary();
    lib.db.prepare('DELETE FROM story_articles WHERE article_id = (SELECT min(id) FROM articles)').run();
    let told = 0;
    const result = await dispatch(maintenanceHandlers(lib, { onRepaired: () => told++ }), 'library:repair', {});
    expect(result).toMatchObject({ ok: true, value: { rebuilt: ['stories'], after: { ok: true } } });
    expect(told).toBe(1);
  });
});
