import { type PrestartedWorker, prestartWorker } from '../workers/startWorker';

/**
 * Starts an import worker before the import is asked for (`prestartWorker`): `crosscheck import`
 * calls it first thing, so the worker's thread and modules load while the command loads the
 * contract and opens the library, then hands it to `ImportJobs` for its one import.
 * NB: a module of its own, importing nothing else, so the command can call it before loading
 * anything heavy; and beside importWorker.ts, because the worker is found from this folder.
 */
export function prestartImportWorker(): PrestartedWorker {
  return prestartWorker('importWorker', import.meta.dirname);
}
