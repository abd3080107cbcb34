import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../import/importPaths';
import { SEEDS_DIR, makeTempLibrary } from '../testing/tempLibrary';
import { searchArticles } from './searchArticles';

// The seeds name one rebel spokesman "Ibrahim al Jabawi" (one article) and "Ibrahim Jabbawi" (three),
// and the president "Bashar al-Assad" and "Assad". ECB+ topic 1 (Lindsay Lohan's rehab) holds the
// names Larry and Heller, which share their consonants with "al-Harir" read as one word.
const LOHAN_DIR = path.resolve(__dirname, '../../../../shared/corpora/ecbplus-same-event-news/text/1');

let lib: ReturnType<typeof makeTempLibrary>;
beforeAll(async () => {
  lib = makeTempLibrary();
  await importPaths(lib.db, [SEEDS_DIR, LOHAN_DIR]);
}, 120_000);

const search = (q: string) => searchArticles(lib.db, q, 50);
const ids = (q: string) => search(q).hits.map((h) => h.article.id).sort((a, b) => a - b);

describe('a hyphenated al- name is respelt by its name part (review 15, #7)', () => {
  it('finds the town al-Harir, not Larry or Heller', () => {
    const harir = ids('Harir');
    expect(harir.length).toBeGreaterThan(0);
    const result = search('al-Harir');
    expect(result.hits.map((h) => h.article.id).sort((a, b) => a - b)).toEqual(harir);
    const variants = Object.values(result.variants).flat();
    expect(variants).not.toContain('larry');
    expect(variants).not.toContain('heller');
  });
});
