/**
 * Stories benchmark (`npm run bench:stories`): one file imported into a library of reuters-21578's
 * 21,578 articles, stories included — new articles placed from the vectors kept in the library,
 * the stories they touch grouped again with them (`placeNewArticles`), against grouping the whole library again
 * (`regroupStories`), the way every import grouped before. Medians of several runs, in process
 * (the importer and grouping the CLI and the app run, without starting Node). The library is built
 * once into `$TMPDIR/crosscheck-bench/stories-reuters.sqlite` (`BENCH_REBUILD=1` builds it again)
 * and copied for each run. Writes its table into docs/benchmarks.md (`bench:stories`).
 *
 *   npx tsx scripts/bench/storiesBench.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WritableDb } from '../../electron/library/db/connection';
import { importPaths } from '../../electron/library/import/importPaths';
import { openLibrary } from '../../electron/library/library';
import { ensureStories } from '../../electron/library/stories/ensureStories';
import { placeNewArticles } from '../../electron/library/stories/placeNew';
import { regroupStories } from '../../electron/library/stories/regroup';
import { corporaRoot, median, reutersFolder } from './corpora';
import { writeSection } from './report';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = path.resolve(import.meta.dirname, '..', '..');

async function baseLibrary(root: string): Promise<string> {
  const dir = path.join(os.tmpdir(), 'crosscheck-bench');
  const file = path.join(dir, 'stories-reuters.sqlite');
  if (fs.existsSync(`${file}.done`) && process.env.BENCH_REBUILD !== '1') return file;
  fs.mkdirSync(dir, { recursive: true });
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}.done`]) fs.rmSync(f, { force: true });
  const library = openLibrary(file, { write: true });
  await importPaths(library.db, [reutersFolder(root)]);
  regroupStories(library.db);
  library.db.pragma('wal_checkpoint(TRUNCATE)');
  library.close();
  fs.writeFileSync(`${file}.done`, '');
  return file;
}

/** A copy of the base library to change, and the way to remove it. */
function copyOf(base: string): { file: string; dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bench-stories-'));
  const file = path.join(dir, 'lib.sqlite');
  fs.copyFileSync(base, file);
  return { file, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** One new article (an ECB+ text: not in reuters) as a file of its own. */
function oneFile(root: string, k: number): string {
  const text = path.join(root, 'ecbplus-same-event-news', 'text');
  const files = (fs.readdirSync(text, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();
  const name = files[(k * 37) % files.length]!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bench-one-'));
  fs.copyFileSync(path.join(text, name), path.join(dir, path.basename(name)));
  return dir;
}

interface Run {
  importS: number;
  storiesS: number;
  /** CPU seconds of the grouping step (it runs on this thread): less at the mercy of other work on the machine than wall time. */
  storiesCpuS: number;
}

async function run(base: string, root: string, k: number, group: (db: WritableDb) => void): Promise<Run> {
  const copy = copyOf(base);
  const folder = oneFile(root, k);
  try {
    const library = openLibrary(copy.file, { write: true });
    const started = performance.now();
    const report = await importPaths(library.db, [folder]);
    if (report.imported !== 1) throw new Error(`expected one article imported, got ${report.imported}`);
    const imported = performance.now();
    const cpu = process.cpuUsage();
    group(library.db);
    const used = process.cpuUsage(cpu);
    const done = performance.now();
    library.close();
    return { importS: (imported - started) / 1000, storiesS: (done - imported) / 1000, storiesCpuS: (used.user + used.system) / 1e6 };
  } finally {
    copy.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const root = corporaRoot();
  const base = await baseLibrary(root);
  const articles = (() => {
    const library = openLibrary(base, { write: false });
    const n = library.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    library.close();
    return n;
  })();
  const placed: Run[] = [];
  const full: Run[] = [];
  // Alternating, so load on the machine falls on both alike.
  for (let k = 0; k < RUNS; k++) {
    placed.push(
      await run(base, root, k, (db) => {
        placeNewArticles(db);
      })
    );
    full.push(
      await run(base, root, k, (db) => {
        regroupStories(db);
      })
    );
  }
  // The policy the app and CLI follow (ensureStories) places this file rather than regrouping.
  const viaPolicy = await run(base, root, RUNS, (db) => {
    ensureStories(db);
  });
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, runs: readonly Run[]) => {
    const imp = median(runs.map((r) => r.importS));
    const st = median(runs.map((r) => r.storiesS));
    return `| ${name} | ${f(imp)} | ${f(st)} | ${f(median(runs.map((r) => r.storiesCpuS)))} | ${f(imp + st)} |`;
  };
  const load = os.loadavg()[0]!.toFixed(1);
  const table = [
    `One file (an ECB+ article) imported into reuters-21578 (${articles} articles, grouped), in process;`,
    `medians of ${RUNS} alternating runs, ${new Date().toISOString().slice(0, 10)}, 1-minute load average ${load} at the end.`,
    `The import policy (\`ensureStories\`) placed it incrementally: ${f(viaPolicy.storiesS)} s of grouping in one more run.`,
    '',
    '| grouping after the import | import s | stories s | stories CPU s | total s (target < 1) |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('placed: the stories it touches grouped again with it (`placeNewArticles`)', placed),
    row('whole library regrouped (`regroupStories`)', full),
    '',
    `Stories: ${f(median(full.map((r) => r.storiesS)) / median(placed.map((r) => r.storiesS)))}× faster placed than regrouped.`
  ].join('\n');
  console.log(table);
  writeSection(path.join(ROOT, 'docs', 'benchmarks.md'), 'stories', table);
}

await main();
