import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchForm } from '@shared/text/unspaced';
import { getArticle } from './articles';
import { correctArticle } from './corrections';
import type { WritableDb } from './db/connection';
import { deleteArticles } from './deleteArticles';
import { importPaths } from './import/importPaths';
import { searchArticles } from './search/searchArticles';
import { refillSearchForms } from './searchForms';
import { makeTempFolder, makeTempLibrary } from './testing/tempLibrary';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const CHINESE = '交通政策\n\n北京市政府宣布新的交通政策，地铁将延长运营时间。';

const integrityCheck = (db: WritableDb) => () =>
  db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();
const vocabulary = (db: WritableDb) => db.prepare('SELECT term FROM articles_vocab ORDER BY term').pluck().all() as string[];

/**
 * Makes article `id` look indexed by another runtime whose ICU cuts Chinese differently (one word
 * per character): its stored body form and its index entry are both that form, as that runtime's
 * import would have written them.
 */
function indexedByAnotherIcu(db: WritableDb, id: number): string {
  const row = db.prepare('SELECT title, body, outlet, search_title, search_body, search_outlet FROM articles WHERE id = ?').get(id) as Record<
    string,
    string | null
  >;
  const other = row.body!.replace(/\p{scx=Han}/gu, (c) => ` ${c} `);
  db.transaction(() => {
    db.prepare("INSERT INTO articles_fts(articles_fts, rowid, title, body, outlet) VALUES ('delete', ?, ?, ?, ?)").run(
      id,
      row.search_title ?? row.title,
      row.search_body ?? row.body,
      row.search_outlet ?? row.outlet
    );
    db.prepare('UPDATE articles SET search_body = ? WHERE id = ?').run(other, id);
    db.prepare('INSERT INTO articles_fts(rowid, title, body, outlet) VALUES (?, ?, ?, ?)').run(
      id,
      row.search_title ?? row.title,
      other,
      row.search_outlet ?? row.outlet
    );
  })();
  return other;
}

describe('the stored search form', () => {
  it('is written at import for Chinese text only; English stores nothing', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const dir = makeTempFolder({ 'zh.txt': CHINESE, 'en.txt': 'Talks fail\n\nRebels in Daraa said the talks had failed.' });
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    await importPaths(lib.db, [dir]);
    const rows = lib.db
      .prepare("SELECT title, body, search_title, search_body, search_outlet FROM articles ORDER BY body LIKE 'Rebels%' DESC")
      .all() as Array<Record<string, string | null>>;
    expect(rows[0]).toMatchObject({ title: 'Talks fail', search_title: null, search_body: null, search_outlet: null });
    expect(rows[1]!.search_title).toBe(searchForm(rows[1]!.title!));
    expect(rows[1]!.search_body).toBe(searchForm(rows[1]!.body!));
    expect(rows[1]!.search_body).not.toBe(rows[1]!.body);
    expect(searchArticles(lib.db, '政府', 10).total).toBe(1);
    // Recovery's refill (rows copied from a library before migration 020 come without the form).
    lib.db.prepare('UPDATE articles SET search_title = NULL, search_body = NULL').run();
    expect(refillSearchForms(lib.db)).toBe(1);
    expect(lib.db.prepare('SELECT search_body FROM articles WHERE search_body IS NOT NULL').pluck().all()).toEqual([rows[1]!.search_body]);
    expect(refillSearchForms(lib.db)).toBe(0);
  });

  it('is what an edit, a re-import and a delete remove, however this runtime would cut the text now', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const dir = makeTempFolder({ 'zh.txt': CHINESE });
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    await importPaths(lib.db, [dir]);
    const id = (lib.db.prepare('SELECT id FROM articles').pluck().get() as number);
    const other = indexedByAnotherIcu(lib.db, id);
    // The test means something only if this runtime cuts the text otherwise.
    expect(other).not.toBe(searchForm(getArticle(lib.db, id)!.body));
    expect(integrityCheck(lib.db)).not.toThrow();

    // Edit details: a new title re-indexes the article, removing the other runtime's words.
    correctArticle(lib.db, id, { title: '地铁运营' });
    expect(integrityCheck(lib.db)).not.toThrow();
    expect(searchArticles(lib.db, 'title:地铁', 10).total).toBe(1);

    // Re-import of the changed file: the text and its form replaced together.
    indexedByAnotherIcu(lib.db, id);
    fs.writeFileSync(path.join(dir, 'zh.txt'), '交通政策\n\n東京都の知事は京都を訪れた。');
    await importPaths(lib.db, [dir]);
    expect(integrityCheck(lib.db)).not.toThrow();
    expect(searchArticles(lib.db, '政府', 10).total).toBe(0);
    expect(searchArticles(lib.db, '知事', 10).total).toBe(1);

    // Delete: every word of it leaves the index.
    indexedByAnotherIcu(lib.db, id);
    deleteArticles(lib.db, [id]);
    expect(integrityCheck(lib.db)).not.toThrow();
    expect(vocabulary(lib.db)).toEqual([]);
  });
});
