import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countArticles, getArticle, listArticles } from '../articles';
import { SEEDS_DIR } from '../testing/tempLibrary';
import { makeTestFolder, makeTestLibrary } from '../testing/testLibrary';
import { importPaths } from './importPaths';

describe('importPaths', () => {
  it('imports the five seeds with titles from their first lines', async () => {
    const { db } = makeTestLibrary();
    const report = await importPaths(db, [SEEDS_DIR]);
    expect(report).toMatchObject({ status: 'done', imported: 5, duplicates: 0, failed: 0, skipped: 0 });
    const titles = listArticles(db, { sort: 'title', direction: 'asc', offset: 0, limit: 10 }).items.map((a) => a.title);
    expect(titles).toContain('Russia strikes Daraa after failure of ceasefire talks with Syria rebels');
    expect(titles).toContain("Regime pounds south Syria after rebels say talks with Russia 'fail'");
  });

  it('adds nothing when the same folder is imported again, and says its files are unchanged, not duplicates', async () => {
    const { db } = makeTestLibrary();
    await importPaths(db, [SEEDS_DIR]);
    const again = await importPaths(db, [SEEDS_DIR]);
    expect(again).toMatchObject({ imported: 0, unchanged: 5, duplicates: 0 });
    expect(again.problems.every((p) => p.kind === 'unchanged' && p.articleId !== null)).toBe(true);
    expect(again.problems.every((p) => p.message.startsWith('Not changed since it was last imported: “'))).toBe(true);
    expect(countArticles(db)).toBe(5);
  });

  it('calls a copy of an imported file under another name a duplicate, also when its original is imported again beside it', async () => {
    const { db } = makeTestLibrary();
    const text = 'Talks fail\n\nRebels said the talks with Russia had failed on Wednesday.';
    const dir = makeTestFolder({ 'a.txt': text });
    await importPaths(db, [dir]);
    fs.writeFileSync(path.join(dir, 'b-copy.txt'), text);
    const again = await importPaths(db, [dir]);
    expect(again).toMatchObject({ imported: 0, unchanged: 1, duplicates: 1 });
    expect(again.problems.map((p) => [path.basename(p.path), p.kind, p.message])).toEqual([
      ['a.txt', 'unchanged', 'Not changed since it was last imported: “Talks fail” is in the library as it was.'],
      ['b-copy.txt', 'duplicate', 'Same text as “Talks fail” in the library.']
    ]);
    // The copy alone: still a duplicate, of an article that came from another file.
    expect(await importPaths(db, [path.join(dir, 'b-copy.txt')])).toMatchObject({ unchanged: 0, duplicates: 1 });
  });

  it('treats the same text under another name or line wrapping as a duplicate', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'a.txt': 'Talks fail\n\nRebels said the talks failed.', 'b.md': 'Talks  fail\r\n\r\n\r\nRebels said the talks failed.\r\n' });
    const report = await importPaths(db, [dir]);
    expect(report).toMatchObject({ imported: 1, duplicates: 1 });
  });

  it('imports the good files and reports each bad one with its reason', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({
      'good.txt': 'A headline\n\nSome reporting about Daraa.',
      'notes.md': '# Markdown title\n\nMore reporting.',
      'empty.txt': '',
      'blank.txt': '   \n\n  ',
      'binary.txt': new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x00, 0x00, 0xff, 0x10, 0x00, 0x07]),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
      '.hidden.txt': 'never imported',
      'sub/deeper.txt': 'Nested headline\n\nNested text.'
    });
    const report = await importPaths(db, [dir]);
    // latin1.txt is not UTF-8: its encoding is detected and it is imported as the text it is.
    expect(report.imported).toBe(4);
    const byFile = Object.fromEntries(report.problems.map((p) => [path.basename(p.path), p]));
    expect(byFile['empty.txt']).toMatchObject({ kind: 'failed', code: 'empty' });
    expect(byFile['blank.txt']).toMatchObject({ kind: 'failed', code: 'empty' });
    expect(byFile['binary.txt']).toMatchObject({ kind: 'failed', code: 'binary' });
    expect(byFile['photo.jpg']).toMatchObject({ kind: 'skipped', code: 'unsupported' });
    expect(byFile['.hidden.txt']).toBeUndefined();
    const titles = listArticles(db, { sort: 'title', direction: 'asc', offset: 0, limit: 10 }).items.map((a) => a.title);
    expect(titles).toEqual(['A headline', 'café', 'Markdown title', 'Nested headline']);
  });

  it('reports a path that does not exist and goes on with the rest', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'ok.txt': 'Fine\n\ntext' });
    const report = await importPaths(db, [path.join(dir, 'missing-folder'), dir]);
    expect(report.imported).toBe(1);
    expect(report.problems[0]).toMatchObject({ kind: 'failed', code: 'not-found' });
    expect(report.problems[0]!.message).toMatch(/does not exist/);
  });

  it('does not follow a link that leads outside the chosen folder', async () => {
    const { db } = makeTestLibrary();
    const outside = makeTestFolder({ 'secret.txt': 'Outside\n\nshould not be imported' });
    const dir = makeTestFolder({ 'inside.txt': 'Inside\n\ntext' });
    fs.symlinkSync(outside, path.join(dir, 'escape'));
    const report = await importPaths(db, [dir]);
    expect(report.imported).toBe(1);
    expect(report.problems).toEqual([expect.objectContaining({ code: 'outside-link', kind: 'skipped' })]);
  });

  it('keeps the original text with the article', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder({ 'a.txt': 'Title\r\n\r\n[ad_1]\r\nBody   with   spaces' });
    await importPaths(db, [dir]);
    const article = getArticle(db, 1)!;
    expect(article.body).toBe('Title\n\nBody with spaces');
    expect(article.original).toContain('[ad_1]\nBody   with   spaces');
    expect(article.removed).toEqual([expect.objectContaining({ reason: 'ad' })]);
    const removed = article.removed[0]!;
    expect(article.original?.slice(removed.start, removed.end)).toBe('[ad_1]');
    expect(article.sourcePath).toBe(path.join(dir, 'a.txt'));
  });

  it('counts articles when their batch commits: the counts only grow and always match the library', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`f${i}.txt`, `Title ${i}\n\nBody number ${i}`])));
    const seen: number[] = [];
    await importPaths(db, [dir], {
      batchSize: 2,
      onProgress: (p) => {
        seen.push(p.counts.new);
        // What the progress counts as new is in the library already, never a moment early.
        expect(countArticles(db)).toBe(p.counts.new);
      }
    });
    // One report at 0 files, one per file, and one after the last batch commits.
    expect(seen).toEqual([0, 0, 2, 2, 4, 4, 6, 6]);
  });

  it('gives each file one outcome, the same in every progress report, the report and the library count', async () => {
    const { db } = makeTestLibrary();
    const story = (n: number) =>
      `Talks on the south collapse ${n}\n\n` +
      Array.from({ length: 12 }, (_, i) => `Sentence ${i} of story ${n} says the rebels and the Russian delegation met again on day ${i}.`).join(' ');
    const changing = makeTestFolder({
      'changing.txt': 'Old headline\n\nThe first version of a story that will change.',
      'steady.txt': 'Steady headline\n\nA story that stays as it was between the two imports.'
    });
    await importPaths(db, [changing]);
    const before = countArticles(db);
    fs.writeFileSync(path.join(changing, 'changing.txt'), 'New headline\n\nThe second version of the story, changed since.');
    const dir = makeTestFolder({
      'a-new.txt': story(1),
      'b-copy.txt': story(1),
      // The same story with one sentence changed: a near-duplicate of a-new.
      'c-edited.txt': story(1).replace('Sentence 5 of story 1 says', 'A fifth sentence of story 1 said'),
      'd-other.txt': 'Aid convoy reaches Quneitra\n\nA convoy of twenty aid trucks reached the town of Quneitra on Thursday carrying food and medicine for families displaced by the fighting, the Red Crescent said.',
      'e-empty.txt': '',
      'f-photo.jpg': new Uint8Array([0xff, 0xd8, 0xff])
    });
    const events: Array<{ done: number; counts: Record<string, number> }> = [];
    const report = await importPaths(db, [dir, changing], {
      batchSize: 2,
      onProgress: (p) => events.push({ done: p.done, counts: { ...p.counts } })
    });
    const counts = { new: 2, nearDuplicates: 1, updated: 1, unchanged: 1, duplicates: 1, skipped: 1, failed: 1 };
    expect(report).toMatchObject(counts);
    expect(report.imported).toBe(4);
    for (const [a, b] of events.slice(1).map((e, i) => [events[i]!, e] as const)) {
      for (const key of Object.keys(counts)) expect(b.counts[key]).toBeGreaterThanOrEqual(a.counts[key]!);
    }
    expect(events.at(-1)).toEqual({ done: 8, counts });
    // The library gained the new articles and the near-duplicate; the updated one was there already.
    expect(countArticles(db) - before).toBe(3);
  });

  it('stops between files when cancelled and keeps what was committed', async () => {
    const { db } = makeTestLibrary();
    const dir = makeTestFolder(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`f${i}.txt`, `Title ${i}\n\nBody number ${i}`])));
    const controller = new AbortController();
    const report = await importPaths(db, [dir], {
      signal: controller.signal,
      batchSize: 2,
      onProgress: (p) => {
        if (p.done === 3) controller.abort();
      }
    });
    expect(report.status).toBe('cancelled');
    expect(report.imported).toBe(3);
    expect(countArticles(db)).toBe(3);
    const rest = await importPaths(db, [dir]);
    expect(rest).toMatchObject({ imported: 3, unchanged: 3, duplicates: 0 });
  });
});
