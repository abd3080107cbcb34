import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { insertArticle } from '../articles';
import { openLibrary } from '../library';
import { searchArticles } from '../search/searchArticles';
import { NEW_LIBRARY_PAGE_SIZE } from './connection';

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function tempFile(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-pagesize-'));
  return path.join(dir, 'library.sqlite');
}

const article = (n: number) => ({
  title: `Harbour report ${n}`,
  outlet: 'Coast Times',
  byline: null,
  publishedAt: null,
  url: null,
  language: 'en',
  dateline: null,
  wireCredits: [],
  body: `The harbour master said ${n} ships waited outside the breakwater on Tuesday.`,
  original: null,
  removed: [],
  contentHash: `hash-${n}`,
  wordCount: 12,
  sourcePath: null,
  sourceFormat: 'txt',
  collection: null,
  minhash: null
});

describe('library page size', () => {
  it('makes a new library with large pages', () => {
    const file = tempFile();
    const library = openLibrary(file, { write: true });
    try {
      expect(library.db.pragma('page_size', { simple: true })).toBe(16_384);
      expect(NEW_LIBRARY_PAGE_SIZE).toBe(16_384);
    } finally {
      library.close();
    }
  });

  it('leaves a library made with 4,096-byte pages as it is, and it still imports and searches', () => {
    const file = tempFile();
    // A file made with SQLite's default page size, as every earlier version made its libraries
    // (switching it to WAL writes its first page); opening it migrates it from zero.
    const old = new Database(file);
    old.pragma('page_size = 4096');
    old.pragma('journal_mode = WAL');
    old.close();

    const library = openLibrary(file, { write: true });
    try {
      expect(library.db.pragma('page_size', { simple: true })).toBe(4096);
      library.db.transaction(() => {
        for (let n = 1; n <= 200; n++) insertArticle(library.db, article(n), '2026-12-07T09:00:00.000Z');
      })();
      expect(searchArticles(library.db, '"breakwater on tuesday"', 500).total).toBe(200);
      expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(library.db.pragma('page_size', { simple: true })).toBe(4096);
    } finally {
      library.close();
    }
  });
});
