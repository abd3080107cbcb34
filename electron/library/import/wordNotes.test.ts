import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { getArticle, listArticles } from '../articles';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { makeDocx } from './fixtures/makeDocx';
import { importPaths } from './importPaths';

/**
 * Word footnotes and endnotes are text (review 13, finding 12): mammoth's footnotes.docx and
 * comments.docx share their body ("Ouch.") but not their footnotes, and were reported as one text;
 * footnote-hyperlink.docx, whose only words are a footnote, "had no text". The same cases, built.
 */
const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const c of cleanups.splice(0)) c();
});

function setUp(files: Record<string, Uint8Array>) {
  const lib = makeTempLibrary();
  const dir = makeTempFolder(files);
  cleanups.push(() => {
    lib.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { db: lib.db, dir };
}

describe('Word footnotes', () => {
  it('make a document with other footnotes a different text, not a duplicate', async () => {
    const { db, dir } = setUp({
      'plain.docx': makeDocx({ paragraphs: ['Ouch.'] }),
      'noted.docx': makeDocx({ paragraphs: ['Ouch.'], footnotes: ['A tachyon walks into a bar.', 'Fin.'] })
    });
    const report = await importPaths(db, [dir], { parallel: true });
    expect(report).toMatchObject({ new: 2, duplicates: 0, failed: 0 });
    const { items } = listArticles(db, { sort: 'title', direction: 'asc', offset: 0, limit: 10 });
    const bodies = items.map((a) => getArticle(db, a.id)?.body).sort();
    // After the body, one paragraph per note, numbered as pandoc's plain output numbers them.
    expect(bodies).toEqual(['Ouch.', 'Ouch.\n\n[1] A tachyon walks into a bar.\n\n[2] Fin.']);
  });

  it('are the text of a document whose only words are a footnote', async () => {
    const { db, dir } = setUp({ 'only-note.docx': makeDocx({ paragraphs: [], footnotes: ['Example'] }) });
    const report = await importPaths(db, [dir], { parallel: true });
    expect(report).toMatchObject({ new: 1, failed: 0 });
    const [only] = listArticles(db, { sort: 'title', direction: 'asc', offset: 0, limit: 10 }).items;
    expect(getArticle(db, only!.id)?.body).toContain('[1] Example');
  });
});
