import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts one of the library's worker threads: the built `<name>.js` (an entry of the main build,
 * in `out/main`, next to or one folder above the chunk that asks), or — when running from source
 * under tests — `<name>.ts` in `sourceDir` through tsx.
 *
 * @param name the worker's entry name (`importWorker`, `extractWorker`, `storiesWorker`).
 * @param sourceDir the caller's `import.meta.dirname`: where the built chunk or the source file is.
 */
export function startWorker(name: string, sourceDir: string, workerData: unknown): Worker {
  for (const candidate of [path.join(sourceDir, `${name}.js`), path.join(sourceDir, '..', `${name}.js`)]) {
    if (fs.existsSync(candidate)) return new Worker(candidate, { workerData });
  }
  const url = JSON.stringify(pathToFileURL(path.join(sourceDir, `${name}.ts`)).href);
  return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${url}); })`, { eval: true, workerData });
}
