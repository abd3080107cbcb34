import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../import/importPaths';
import { SEEDS_DIR, makeTempLibrary } from '../testing/tempLibrary';
import { searchArticles } from './searchArticles';

// The seeds name one rebel spokesman "Ibrahim al Jabawi" (one article) and "Ibrahim Jabbawi" (three),
// and the president "Bashar al-Assad" and "Assad". Larry and Heller share their consonants with
// "al-Harir" read as one word (ECB+ topic 1, Lindsay Lohan's rehab, names both): two short articles
// written for this test name them in running text the same way, so every clone runs the same case.
const NAMES_TEXTS: Record<string, string> = {
  'larry.txt':
    'Actress checks into rehab\n\nThe actress entered a clinic in Malibu, her lawyer Larry Heller said on Friday. ' +
    'Heller told reporters in Los Angeles that Larry had spoken to the judge, and Heller expects a hearing soon.',
  'heller.txt':
    'Judge orders new hearing\n\nA judge in Los Angeles ordered a new hearing, said Shawn Holley, while Larry Heller, ' +
    'her former lawyer, said in Malibu that Heller and Larry King would both attend.'
};

let lib: ReturnType<typeof makeTempLibrary>;
beforeAll(async () => {
  lib = makeTempLibrary();
  const names = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-names-'));
  for (const [file, text] of Object.entries(NAMES_TEXTS)) fs.writeFileSync(path.join(names, file), text);
  await importPaths(lib.db, [SEEDS_DIR, names]);
}, 120_000);

const search = (q: string) => searchArticles(lib.db, q, 50);
const ids = (q: string) =>
  search(q)
    .hits.map((h) => h.article.id)
    .sort((a, b) => a - b);
const marked = (q: string) =>
  search(q).hits.flatMap((h) => h.snippet.highlights.map((r) => h.snippet.text.slice(r.start, r.end)));

describe('the Arabic article "al" in names (review 15, #8)', () => {
  it('finds every Jabawi article for al-Jabawi, as for Jabawi', () => {
    const all = ids('Jabawi');
    expect(all).toHaveLength(4);
    expect(ids('al-Jabawi')).toEqual(all);
    expect(ids('el-Jabawi')).toEqual(all);
  });

  it('lets a phrase go without the article or with it', () => {
    const assad = ids('"Bashar al-Assad"');
    expect(assad.length).toBeGreaterThan(0);
    expect(ids('"Bashar Assad"')).toEqual(assad);
    expect(ids('"Bashar al Assad"')).toEqual(assad);
    expect(ids('"Ibrahim Jabawi"')).toEqual(ids('"Ibrahim al Jabawi"'));
    expect(ids('"Ibrahim Jabawi"').length).toBeGreaterThan(0);
  });

  it('marks the name as the article writes it', () => {
    expect(marked('"Bashar Assad"').some((m) => /^Bashar al.Assad$/i.test(m))).toBe(true);
  });

  it('does not make "al" a word that matches everything', () => {
    expect(search('"al Lohan"').total).toBe(0);
    expect(ids('al-Assad')).toEqual(ids('Assad'));
  });
});

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
