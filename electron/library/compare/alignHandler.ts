import { alignTexts } from '@shared/compare/alignment/align';
import type { Handlers } from '@shared/contract/dispatch';

/**
 * `compare:align`: the passages two texts share, as they are (no import, no clean-up). Apart from
 * {@link import('./compareHandlers').compareHandlers} because it needs no library: `crosscheck align`
 * (and its stand-alone entry, alignMain.ts) serves it without opening SQLite.
 */
export function alignHandlers(): Pick<Handlers, 'compare:align'> {
  return {
    'compare:align': ({ a, b, minWords, reuseCases }) => ({
      passages: alignTexts(a, b, { reuseCases, ...(minWords !== undefined ? { minWords } : {}) })
    })
  };
}
