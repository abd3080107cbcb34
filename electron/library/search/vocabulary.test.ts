import { afterEach, describe, expect, it, vi } from 'vitest';
import { importPaths } from '../import/importPaths';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { getVariantIndex } from './vocabulary';

const cleanups: Array<() => void> = [];
afterEach(() => {
  vi.useRealTimers();
  for (const c of cleanups.splice(0).reverse()) c();
});

describe('the variant index over the vocabulary', () => {
  it('in a large library, is rebuilt after the search that saw a change, not inside it (issue 14)', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    // A large library as the index sees it: an article id past 2,000 (a copy of the first seed's row).
    await importPaths(lib.db, [SEEDS_DIR]);
    const columns = (lib.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('articles') as string[]).filter((c) => c !== 'id');
    const copied = columns.map((c) => (c === 'content_hash' ? "'copy'" : c)).join(', ');
    lib.db.prepare(`INSERT INTO articles (id, ${columns.join(', ')}) SELECT 2500, ${copied} FROM articles ORDER BY id LIMIT 1`).run();
    const before = getVariantIndex(lib.db);

    const folder = makeTempFolder({ 'new.txt': 'Quarry dispute\n\nThe quarrymen of Zellweg walked out on Monday over pay, their union said.' });
    await importPaths(lib.db, [folder]);
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    // The search that notices the import answers with the index as it was...
    expect(getVariantIndex(lib.db)).toBe(before);
    // ...and the rebuild runs after it, on a timer.
    vi.advanceTimersByTime(30_000);
    expect(getVariantIndex(lib.db)).not.toBe(before);
  });
});
