import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@shared/contract/dispatch';
import { Article } from '@shared/contract/schemas';
import { type NewArticle, insertArticle } from './articles';
import { correctArticle } from './corrections';
import { type Engine, startEngine } from './engine';
import { openLibrary } from './library';
import { makeTempLibrary } from './testing/tempLibrary';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

const ENGLISH =
  'Syrian rebels said on Wednesday that talks with regime ally Russia over the south of the country had collapsed after Moscow threatened a renewed offensive if they did not agree to its surrender terms.';
const FRENCH =
  "Les rebelles syriens ont annoncé mercredi que les discussions avec la Russie sur le sud du pays avaient échoué, après que Moscou a menacé de lancer une nouvelle offensive s'ils refusaient ses conditions.";

/** An article as a Crosscheck from before language detection stored it: no language, no sources. */
function oldArticle(title: string, body: string): NewArticle {
  return {
    title,
    outlet: null,
    byline: null,
    publishedAt: null,
    url: null,
    language: null,
    dateline: null,
    wireCredits: [],
    body,
    original: body,
    removed: [],
    contentHash: title,
    wordCount: body.split(' ').length,
    sourcePath: null,
    sourceFormat: 'text',
    collection: null,
    minhash: null
  };
}

/** A library file holding `articles`; returns the file and their ids. */
function oldLibrary(articles: NewArticle[], clearLanguageOf?: number) {
  const lib = makeTempLibrary();
  const ids = lib.db.transaction(() => articles.map((a) => insertArticle(lib.db, a, '2018-07-04')))();
  if (clearLanguageOf !== undefined) correctArticle(lib.db, ids[clearLanguageOf]!, { language: '' });
  lib.close();
  cleanups.push(() => fs.rmSync(lib.dir, { recursive: true, force: true }));
  return { file: lib.file, ids };
}

async function start(file: string): Promise<Engine> {
  const engine = await startEngine({ file, host: { mode: 'browser' } });
  cleanups.push(() => engine.close());
  return engine;
}

async function article(engine: Engine, id: number) {
  const result = await dispatch(engine.handlers, 'articles:get', { id });
  if (!result.ok) throw new Error(result.error.message);
  return Article.parse(result.value);
}

describe('language backfill at start', () => {
  it('detects the language of an older library’s articles once, leaving short texts and the user’s choices alone', async () => {
    const { file, ids } = oldLibrary(
      [oldArticle('Talks fail', ENGLISH), oldArticle('Les négociations échouent', FRENCH), oldArticle('Short', 'Talks fail.'), oldArticle('Cleared', ENGLISH + ' ')],
      3
    );
    const engine = await start(file);
    expect(await engine.languageBackfill).toBe(2);
    const [english, french, short, cleared] = await Promise.all(ids.map((id) => article(engine, id)));
    expect(english).toMatchObject({ language: 'en', sources: { language: 'detected' } });
    expect(french).toMatchObject({ language: 'fr', sources: { language: 'detected' } });
    expect(short?.language).toBeNull();
    expect(cleared).toMatchObject({ language: null, corrected: ['language'] });
    engine.close();

    // Once per library: an article stored later without a language is left as it was stored.
    const lib = openLibrary(file, { write: true });
    lib.db.transaction(() => insertArticle(lib.db, oldArticle('Later', `${ENGLISH} Later.`), '2018-07-05'))();
    lib.close();
    const restarted = await start(file);
    expect(await restarted.languageBackfill).toBe(0);
  });
});

describe('Edit details sources', () => {
  it('articles:get says where each field came from, and articles:correct marks a correction as edited', async () => {
    const { file, ids } = oldLibrary([oldArticle('Talks fail', ENGLISH)]);
    const engine = await start(file);
    await engine.languageBackfill;
    const id = ids[0]!;
    expect((await article(engine, id)).sources).toEqual({ language: 'detected' });
    const corrected = await dispatch(engine.handlers, 'articles:correct', { id, changes: { outlet: 'The New Arab', language: 'ar' } });
    if (!corrected.ok) throw new Error(corrected.error.message);
    expect(Article.parse(corrected.value).sources).toEqual({ outlet: 'edited', language: 'edited' });
  });
});
