import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openReadableDb } from '../db/connection';
import { importPaths } from '../import/importPaths';
import { openLibrary } from '../library';
import { getArticle, listArticles } from '../articles';
import { annotationHandlers } from '../annotations/annotationHandlers';
import { deleteArticles } from '../deleteArticles';
import { channelCaller } from '../testing/channelCaller';
import { ensureStories } from '../stories/ensureStories';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { dispatch } from '@shared/contract/dispatch';
import { checkLibrary } from './checkLibrary';
import { maintenanceHandlers } from './maintenanceHandlers';
import { RecoveryFailedError, recoverLibrary } from './recoverLibrary';

const ALL = { sort: 'title', direction: 'asc', offset: 0, limit: 1000 } as const;
let lib: ReturnType<typeof makeTempLibrary>;
afterEach(() => lib?.dispose());

/** 120 short articles, each naming its number, so a lost one can be told from a kept one. */
function articleFiles(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 120; i++)
    files[`a${String(i).padStart(3, '0')}.txt`] =
      `Report number ${i} from the valley\n\n${`Paragraph of report ${i}, with words about the harvest and the river. `.repeat(12)}\n`;
  return makeTempFolder(files);
}

/** Overwrites the middle leaf page of `table`'s b-tree with garbage, as a bad disk sector would. */
function damageMiddleLeaf(file: string, table: string): void {
  const db = openReadableDb(file);
  const pages = db
    .prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno")
    .pluck()
    .all(table) as number[];
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  expect(pages.length).toBeGreaterThan(4);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (pages[Math.floor(pages.length / 2)]! - 1) * pageSize);
  fs.closeSync(fd);
}

/** Overwrites the one page of a small table with garbage. */
function damageOnlyPage(file: string, table: string): void {
  const db = openReadableDb(file);
  const pages = db.prepare('SELECT pageno FROM dbstat WHERE name = ?').pluck().all(table) as number[];
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  expect(pages).toHaveLength(1);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (pages[0]! - 1) * pageSize);
  fs.closeSync(fd);
}

describe('recoverLibrary', () => {
  it('copies every readable article and annotation into a new library in place, reports the lost stretch, keeps the damaged file', async () => {
    lib = makeTempLibrary();
    await importPaths(lib.db, [articleFiles()]);
    ensureStories(lib.db);
    const titles = new Map(listArticles(lib.db, ALL).items.map((a) => [a.id, a.title]));
    lib.db
      .prepare(
        "INSERT INTO annotations (kind, article_id, note, created_at, updated_at) VALUES ('article-note', 1, 'kept note', '2026-12-06', '2026-12-06')"
      )
      .run();
    lib.close();
    const file = lib.file;
    damageMiddleLeaf(file, 'articles');
    const damaged = openLibrary(file);
    expect(checkLibrary(damaged.db).problems.map((p) => p.kind)).toContain('damage');
    damaged.close();

    const recovery = await recoverLibrary(file);
    const articles = recovery.tables.find((t) => t.table === 'articles')!;
    expect(articles.lost).toHaveLength(1);
    const { after, before } = articles.lost[0]!;
    expect(after).not.toBeNull();
    expect(before).not.toBeNull();
    expect(recovery.somethingLost).toBe(true);
    expect(fs.existsSync(recovery.damagedKeptAt)).toBe(true);
    expect(path.dirname(recovery.damagedKeptAt)).toBe(path.dirname(file));

    const recovered = openLibrary(file);
    try {
      expect(checkLibrary(recovered.db).problems).toEqual([]);
      const kept = listArticles(recovered.db, ALL).items;
      expect(kept.length).toBe(articles.recovered);
      // Exactly the articles outside the lost stretch, each with its own title.
      const expected = [...titles.keys()].filter((id) => id <= after! || id >= before!).sort((a, b) => a - b);
      expect(kept.map((a) => a.id).sort((a, b) => a - b)).toEqual(expected);
      for (const a of kept) expect(a.title).toBe(titles.get(a.id));
      expect(recovered.db.prepare('SELECT note FROM annotations').pluck().all()).toEqual(['kept note']);
      // The full-text index was rebuilt from what was recovered.
      expect(recovered.db.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harvest'").pluck().get()).toBe(
        kept.length
      );
    } finally {
      recovered.close();
    }
  });

  it('recovers a damaged library through the app channel library:repair: the answer says what was lost, the next start puts the copy in place', async () => {
    lib = makeTempLibrary();
    await importPaths(lib.db, [articleFiles()]);
    ensureStories(lib.db);
    const titles = new Map(listArticles(lib.db, ALL).items.map((a) => [a.id, a.title]));
    lib.close();
    const file = lib.file;
    damageMiddleLeaf(file, 'articles');

    // The app holds the damaged library open while Settings → Library repairs it.
    const open = openLibrary(file);
    const result = await dispatch(maintenanceHandlers(open), 'library:repair', {});
    open.close();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const answer = result.value as {
      before: { problems: Array<{ kind: string }> };
      recovery?: {
        tables: Array<{ table: string; recovered: number; lost: Array<{ after: number | null; before: number | null }> }>;
        somethingLost: boolean;
        restartRequired: boolean;
      };
    };
    expect(answer.before.problems.map((p) => p.kind)).toContain('damage');
    expect(answer.recovery).toBeDefined();
    expect(answer.recovery!.somethingLost).toBe(true);
    expect(answer.recovery!.restartRequired).toBe(true);
    const articles = answer.recovery!.tables.find((t) => t.table === 'articles')!;
    expect(articles.lost).toHaveLength(1);
    const { after, before } = articles.lost[0]!;

    // The next start: the recovered library is in place, the damaged one kept beside it.
    const reopened = openLibrary(file);
    try {
      expect(checkLibrary(reopened.db).problems).toEqual([]);
      const kept = listArticles(reopened.db, ALL).items;
      expect(kept.length).toBe(articles.recovered);
      const expected = [...titles.keys()].filter((id) => id <= after! || id >= before!).sort((a, b) => a - b);
      expect(kept.map((a) => a.id).sort((a, b) => a - b)).toEqual(expected);
    } finally {
      reopened.close();
    }
    const beside = fs.readdirSync(path.dirname(file));
    expect(beside.filter((f) => /^library\.damaged-.*\.sqlite$/.test(f))).toHaveLength(1);
    expect(beside.some((f) => f.endsWith('.recovered'))).toBe(false);
  });

  it('keeps a deleted article\'s id from new articles when the id floor\'s page is lost: it is raised from what was recovered', async () => {
    lib = makeTempLibrary();
    const folder = makeTempFolder({
      'a.txt': 'Harbour reopens after the storm\n\nThe harbour reopened on Monday after the storm passed the coast.\n',
      'b.txt': 'Council approves the new bridge\n\nThe council approved the new bridge on Tuesday after a long debate.\n',
      'c.txt': 'Bakery wins the regional prize\n\nThe bakery won the regional bread prize on Friday for its rye loaf.\n'
    });
    await importPaths(lib.db, [folder]);
    const ids = listArticles(lib.db, ALL).items.map((a) => a.id).sort((a, b) => a - b);
    expect(ids).toEqual([1, 2, 3]);
    const { call } = channelCaller(annotationHandlers(lib.db));
    const words = (id: number) => {
      const body = getArticle(lib.db, id)!.body;
      return { articleId: id, start: body.indexOf('on '), end: body.indexOf('on ') + 2 };
    };
    await call('annotations:create', { kind: 'passage-note', spans: [words(2), words(3)], note: 'Same day' });
    // Article 3 deleted: the floor says 3, the passage note still names it.
    deleteArticles(lib.db, [3]);
    lib.close();
    const file = lib.file;
    damageOnlyPage(file, 'article_id_floor');

    await recoverLibrary(file);
    const recovered = openLibrary(file, { write: true });
    try {
      fs.writeFileSync(path.join(folder, 'd.txt'), 'Orchestra plays to a full hall\n\nThe youth orchestra played to a full hall on Saturday night.\n');
      await importPaths(recovered.db, [path.join(folder, 'd.txt')]);
      const newest = listArticles(recovered.db, ALL).items.find((a) => a.title.startsWith('Orchestra'))!;
      expect(newest.id).toBe(4);
    } finally {
      recovered.close();
    }
  });

  it('recovers a library made before migration 022 with nothing reported lost, its annotation id floor at its highest annotation id', async () => {
    lib = makeTempLibrary();
    const folder = makeTempFolder({
      'a.txt': 'Harbour reopens after the storm\n\nThe harbour reopened on Monday after the storm passed the coast.\n'
    });
    await importPaths(lib.db, [folder]);
    const { call } = channelCaller(annotationHandlers(lib.db));
    await call('annotations:create', { kind: 'highlight', articleId: 1, quote: 'harbour' });
    await call('annotations:create', { kind: 'highlight', articleId: 1, quote: 'storm' });
    // A library as session 12 left it: version 21, no annotation_id_floor.
    lib.db.exec('DROP TRIGGER annotation_id_floor_ad; DROP TABLE annotation_id_floor; PRAGMA user_version = 21;');
    lib.close();

    const recovery = await recoverLibrary(lib.file);
    expect(recovery.tables.filter((t) => t.unreadable !== undefined || t.lost.length > 0)).toEqual([]);
    expect(recovery.somethingLost).toBe(false);
    expect(recovery.tables.find((t) => t.table === 'annotations')?.recovered).toBe(2);
    const recovered = openLibrary(lib.file, { write: true });
    try {
      expect(recovered.db.prepare('SELECT highest FROM annotation_id_floor').pluck().get()).toBe(2);
    } finally {
      recovered.close();
    }
  });

  it('refuses with a sentence, leaving the file, when nothing can be read', async () => {
    lib = makeTempLibrary();
    lib.close();
    const file = lib.file;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, 0);
    fs.closeSync(fd);
    const before = fs.readFileSync(file);
    await expect(recoverLibrary(file)).rejects.toThrow(RecoveryFailedError);
    await expect(recoverLibrary(file)).rejects.toThrow(/Nothing of the library .* can be read.*crosscheck restore/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
