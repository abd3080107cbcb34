/**
 * The thread a target runs in (started by runner.ts): it collects V8 block coverage of its own
 * code (coverage.ts) and runs each input it is sent through the import's path, answering with the
 * verdict and the features the input reached first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { BlockCoverage } from './coverage';
import type { RunRequest, RunAnswer, Verdict, WorkerSetup } from './protocol';
import { TARGETS } from './targets';

const setup = workerData as WorkerSetup;

/** Outcome codes that are not the file's fault: an extractor threw, or the reader crashed. */
const BUG_CODES = new Set(['internal', 'extract-error']);

/** Code that counts for coverage: the app's and its parsers', not the fuzzer's or the TypeScript loader's. */
function wanted(url: string): boolean {
  if (!url.startsWith('file://') || url.includes('/scripts/fuzz/')) return false;
  if (url.includes('/node_modules/')) return !/\/node_modules\/(tsx|esbuild|vitest|@vitest|get-tsconfig)\//.test(url);
  return url.includes('/electron/') || url.includes('/shared/');
}

async function main(): Promise<void> {
  // NB: coverage starts before the code under test is loaded: V8 gives block counts only to
  // functions compiled after it starts (one compiled before is seen as a whole, never its blocks).
  const coverage = new BlockCoverage(wanted);
  await coverage.start();
  const [
    { importPaths },
    { loadLanguageDetector },
    { processFile },
    { searchArticles },
    { SEEDS_DIR, makeTempLibrary },
    { AppFailure }
  ] = await Promise.all([
    import('../../electron/library/import/importPaths'),
    import('../../electron/library/import/language'),
    import('../../electron/library/import/processFile'),
    import('../../electron/library/search/searchArticles'),
    import('../../electron/library/testing/tempLibrary'),
    import('@shared/contract/result')
  ]);
  const target = TARGETS.find((t) => t.name === setup.target);
  if (!target) throw new Error(`No fuzz target named ${setup.target}.`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-fuzz-'));
  const file = path.join(dir, `input.${target.extension}`);
  const library = target.kind === 'query' ? makeTempLibrary() : undefined;
  if (library) await importPaths(library.db, [SEEDS_DIR]);
  process.on('exit', () => {
    library?.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const run = async (bytes: Uint8Array): Promise<Verdict> => {
    if (library) {
      try {
        searchArticles(library.db, new TextDecoder().decode(bytes), { limit: 20 });
        return { ok: true };
      } catch (error) {
        if (error instanceof AppFailure) return { ok: true };
        return { ok: false, code: 'threw', detail: describe(error) };
      }
    }
    fs.writeFileSync(file, bytes);
    const outcome = await processFile({ path: file, size: bytes.length });
    if (!outcome.ok && BUG_CODES.has(outcome.code))
      return { ok: false, code: outcome.code, detail: outcome.detail ?? outcome.message };
    return { ok: true };
  };

  // Warm up: the first input loads lazy parsers (jsdom, pdf.js) and the language detector, whose
  // loading is not to be timed.
  await loadLanguageDetector();
  for (const seed of setup.warmUp) await run(seed).catch(() => undefined);
  // NB: no take here: what the warm-up (the first seeds) reached is reported with the first input.
  parentPort?.on('message', (request: RunRequest) => {
    void (async () => {
      const verdict = await run(request.bytes).catch((error: unknown): Verdict => ({
        ok: false,
        code: 'threw',
        detail: describe(error)
      }));
      const features = await coverage.takeNew();
      const answer: RunAnswer = { id: request.id, verdict, features };
      parentPort?.postMessage(answer);
    })();
  });
  parentPort?.postMessage({ ready: true });
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

void main();
