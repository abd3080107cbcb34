import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers';
import { importPaths } from '../import/importPaths';
import { SEEDS_DIR, makeTempLibrary } from '../testing/tempLibrary';
import { getSearchIndex } from './searchIndex';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** The index's state after the handlers of a host of this mode have had time to load it. */
async function stateAfterOpening(mode: 'browser' | 'cli'): Promise<string> {
  const lib = makeTempLibrary();
  cleanups.push(() => lib.dispose());
  await importPaths(lib.db, [SEEDS_DIR]);
  createHandlers(lib, { mode });
  // NB: reading the state does not start a load (only searching does).
  const index = getSearchIndex(lib.db);
  for (let i = 0; i < 100 && index.state !== 'ready'; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return index.state;
}

describe('loading the search index in the background', () => {
  it('starts when the app or browser mode opens a library', async () => {
    expect(await stateAfterOpening('browser')).toBe('ready');
  });

  it('does not start for a command-line command, which runs once and exits (an import does not pay for it)', async () => {
    expect(await stateAfterOpening('cli')).toBe('loading');
  });
});
