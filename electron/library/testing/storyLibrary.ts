import fs from 'node:fs';
import { importPaths } from '../import/importPaths';
import { ensureStories } from '../stories/ensureStories';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from './tempLibrary';

/** Two events of two articles each, unlike the seeds and each other: an earthquake in Chile and a Dutch budget. */
export const QUAKE_AND_BUDGET: Readonly<Record<string, string>> = {
  'quake-a.txt':
    'Earthquake strikes northern Chile\n\nA magnitude 7.1 earthquake struck near the Chilean port of Iquique on Monday, the seismological service said, damaging houses and cutting power to thousands of homes in the Tarapaca region.',
  'quake-b.txt':
    'Strong quake shakes Iquique in Chile\n\nHouses were damaged and power was cut in the Tarapaca region after a magnitude 7.1 earthquake hit near Iquique, Chile, on Monday, officials from the seismological service said.',
  'budget-a.txt':
    'Dutch parliament approves 2019 budget\n\nThe Dutch parliament approved the government budget for 2019 on Thursday after finance minister Wopke Hoekstra agreed to extra spending on schools and nursing.',
  'budget-b.txt':
    'Hoekstra budget passes Dutch lower house\n\nFinance minister Wopke Hoekstra saw his 2019 budget approved by the Dutch lower house on Thursday, with extra money for schools and nursing homes.'
};

/**
 * A new library of the seeds (one story of five) plus {@link QUAKE_AND_BUDGET} (a story of two
 * each), grouped in full. Article ids in import order: seeds 1–5, then budget-a 6, budget-b 7,
 * quake-a 8, quake-b 9. Each way of removing what it made is handed to `cleanup`.
 */
export async function seedsAndTwoStories(cleanup: (remove: () => void) => void): Promise<ReturnType<typeof makeTempLibrary>> {
  const lib = makeTempLibrary();
  cleanup(() => lib.dispose());
  const other = makeTempFolder({ ...QUAKE_AND_BUDGET });
  cleanup(() => fs.rmSync(other, { recursive: true, force: true }));
  await importPaths(lib.db, [SEEDS_DIR, other]);
  ensureStories(lib.db);
  return lib;
}
