import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../import/importPaths';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { searchArticles } from './searchArticles';
import { getSearchIndex } from './searchIndex';

const ARTICLES = [
  {
    title: 'Building heat-resistant aeroelastic rigs',
    text: 'Engineers constructed aeroelastic model wings, heating them, and found that the law of similarity holds for the model.'
  },
  {
    title: 'Rigs for the wind tunnel',
    text: 'The rig was constructed for heating tests and will be modelled on the last one.',
    source: 'Lab Notes'
  },
  {
    title: 'Models of aircraft',
    text: 'A short note on the aircraft models shown at the fair.'
  },
  {
    title: 'What anyone must know',
    text: 'What you must know when saving for a pension, and when to start.'
  },
  {
    title: 'Flutter of heated panels',
    text: 'Panel flutter in aircraft with heated skins: models and similarity laws for the tests.'
  },
  { title: 'Bank rates rise', text: 'The central bank raised rates on Thursday.' },
  { title: 'Wheat harvest', text: 'Wheat and barley harvests rose this year, the ministry said.' },
  { title: 'Election results', text: 'Voters chose a new parliament on Sunday.' },
  { title: 'Football final', text: 'The home side won the final in extra time.' },
  { title: 'Oil prices', text: 'Crude oil prices fell after the OPEC meeting.' },
  { title: 'Rail strike', text: 'Train drivers walked out over pay.' },
  { title: 'Tunnel log', text: 'The body was tested in the tunnel at Mach 8.' }
];

let lib: ReturnType<typeof makeTempLibrary>;
beforeAll(async () => {
  lib = makeTempLibrary();
  const folder = makeTempFolder({ 'articles.jsonl': ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n' });
  await importPaths(lib.db, [path.join(folder, 'articles.jsonl')]);
  await getSearchIndex(lib.db, { saveDelayMs: 60_000 }).ready();
  return () => lib.dispose();
});

const titles = (q: string) => searchArticles(lib.db, q, { limit: 50 }).hits.map((h) => h.article.title);

describe('a question pasted into the search box', () => {
  const QUESTION = 'what similarity laws must be obeyed when constructing aeroelastic models of heated high speed aircraft';

  it('finds articles that have its words in other forms only', () => {
    // "constructed", "heating" and "modelled" for the question's "constructing", "heated", "models".
    expect(titles(QUESTION)).toContain('Rigs for the wind tunnel');
  });

  it("does not list an article for having the question's function words", () => {
    expect(titles(QUESTION)).not.toContain('What anyone must know');
    expect(titles('what must anyone know about heated aircraft models and their similarity laws')).not.toContain(
      'What anyone must know'
    );
  });

  it("finds an article that writes a word in a form the question's word does not start with", () => {
    // "bodies" and "body" share Porter's stem "bodi", which neither is written as; the article
    // has no other word of the question.
    expect(titles('what pressures act on slender bodies of revolution at hypersonic speeds')).toContain('Tunnel log');
  });

  it("keeps to the query's filters in the question's list too", () => {
    // The one article of that outlet has none of the question's words as written.
    expect(titles(`${QUESTION} outlet:"Lab Notes"`)).toEqual(['Rigs for the wind tunnel']);
  });

  it("leaves out excluded words in the question's list too", () => {
    const found = titles(`${QUESTION} -flutter`);
    expect(found).toContain('Building heat-resistant aeroelastic rigs');
    expect(found).not.toContain('Flutter of heated panels');
  });
});
