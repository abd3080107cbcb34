import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticle, listArticles } from '../articles';
import { importPaths } from '../import/importPaths';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { createAnnotation, updateAnnotation } from './annotationStore';

/**
 * Review 13, finding 9: a highlight was stored at the offsets the reader sent, on whatever text the
 * article held by then. The reader now sends the words it showed; the engine finds them again in a
 * body re-imported meanwhile, or refuses.
 */
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const FIRST = 'Harbour Strike Ends\n\nDock workers at the northern harbour returned to work on Tuesday after a three week strike over pay.';
const LATER = 'Harbour Strike Ends\n\nUpdated at noon with the union’s statement.\n\nDock workers at the northern harbour returned to work on Tuesday after a three week strike over pay.';

async function articleChangedAfterLoading() {
  const lib = makeTempLibrary();
  const dir = makeTempFolder({ 'strike.txt': FIRST });
  cleanups.push(() => {
    lib.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const file = path.join(dir, 'strike.txt');
  await importPaths(lib.db, [file]);
  const id = listArticles(lib.db, { sort: 'title', direction: 'asc', offset: 0, limit: 5 }).items[0]!.id;
  // What the reader showed, and where it showed “three week strike”.
  const shown = getArticle(lib.db, id)!.body;
  const start = shown.indexOf('three week strike');
  const selection = { start, end: start + 'three week strike'.length, exact: 'three week strike' };
  // A watched folder re-imports the file before the selection is saved.
  fs.writeFileSync(file, LATER);
  expect(await importPaths(lib.db, [file])).toMatchObject({ updated: 1 });
  return { db: lib.db, id, selection, file };
}

describe('a highlight made on a text re-imported after the reader loaded it', () => {
  it('goes on the words the reader showed, where they are now', async () => {
    const { db, id, selection } = await articleChangedAfterLoading();
    const made = createAnnotation(db, { kind: 'highlight', articleId: id, ...selection });
    expect(made.anchor?.quote.exact).toBe('three week strike');
    const body = getArticle(db, id)!.body;
    expect(body.slice(made.current!.start, made.current!.end)).toBe('three week strike');
  });

  it('is refused with a sentence when those words are gone, and nothing is stored', async () => {
    const { db, id, selection, file } = await articleChangedAfterLoading();
    fs.writeFileSync(file, LATER.replace('three week strike', 'long strike'));
    await importPaths(db, [file]);
    expect(() => createAnnotation(db, { kind: 'highlight', articleId: id, ...selection })).toThrow(/text changed since it was shown.*select the passage again/);
    expect(db.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 0 });
  });

  it('re-attaches (a new range) on the words shown too', async () => {
    const { db, id, selection } = await articleChangedAfterLoading();
    const body = getArticle(db, id)!.body;
    const at = body.indexOf('Dock workers');
    const made = createAnnotation(db, { kind: 'highlight', articleId: id, start: at, end: at + 'Dock workers'.length });
    const moved = updateAnnotation(db, made.id, { range: { start: selection.start, end: selection.end }, exact: selection.exact });
    expect(body.slice(moved.current!.start, moved.current!.end)).toBe('three week strike');
  });
});
