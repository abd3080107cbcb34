import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../import/importPaths';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { nameShare } from './nameWords';
import { searchArticles } from './searchArticles';

let lib: ReturnType<typeof makeTempLibrary>;
let folder: string;
beforeAll(async () => {
  lib = makeTempLibrary();
  // Everyday words that share a transliteration key with Deraa (d-r with a/e/i vowels), written
  // the way running text writes them: lower case.
  folder = makeTempFolder({
    'farm.txt':
      'Milk prices fall\n\nThe dairy farmers said the price of milk had fallen again. One kept a diary of the dire season and said few would dare to invest in dairy herds now.',
    'budget.txt':
      'Farm budget agreed\n\nMinisters agreed help for dairy farms on Monday. Critics called the dairy deal dire and said the farmers kept a diary of every promise.'
  });
  await importPaths(lib.db, [SEEDS_DIR, folder]);
});
afterAll(() => {
  lib.dispose();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('spelling variants are names in this library', () => {
  it('searches Daraa for Deraa, and not dairy, diary, dire or dare', () => {
    const response = searchArticles(lib.db, 'Deraa', 20);
    expect(response.variants['deraa']).toContain('daraa');
    for (const word of ['dairy', 'diary', 'dire', 'dare']) expect(response.variants['deraa'] ?? []).not.toContain(word);
    expect(response.hits.map((h) => h.article.title)).not.toContain('Milk prices fall');
    expect(response.hits.map((h) => h.article.title)).not.toContain('Farm budget agreed');
  });

  it('gives a common word no respellings', () => {
    expect(searchArticles(lib.db, 'dairy', 20).variants['dairy'] ?? []).not.toContain('deraa');
  });
});

describe('nameShare', () => {
  it('reads capitals in running text, not at the start of a sentence, line or quotation', () => {
    expect(nameShare(['Rebels in Daraa said the talks failed. Daraa is in the south.'], 'daraa')).toBe(true);
    expect(nameShare(['The dairy herd grew. Dairy prices fell as the dairy farms closed.'], 'dairy')).toBe(false);
    expect(nameShare(['Dairy farms.\nDairy herds. "Dairy is hard," he said.'], 'dairy')).toBeUndefined();
    expect(nameShare([], 'daraa')).toBeUndefined();
  });

  it('reads two words joined by an apostrophe as the text writes them, with any apostrophe', () => {
    expect(nameShare(['Aid reached Dar’a and then Dar`a, near Dar‘a.'], "dar'a")).toBe(true);
    // The index's phrase `dar a` is no apostrophe name: only the joined spelling counts.
    expect(nameShare(['None would dare a loan; Dare a loan, they said.'], "dare'a")).toBeUndefined();
    expect(nameShare(["The army's tanks and the army's men."], "army's")).toBe(false);
  });
});
