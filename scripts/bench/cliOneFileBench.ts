/**
 * One file through the command line (`npm run bench:cli-one-file`, issue 16 part 5): an ECB+
 * article imported into a grouped library of reuters-21578 by `node bin/crosscheck.mjs import FILE
 * --db COPY`, stories included, the way a user runs it — process start to exit, on a fresh copy of
 * the library each run. Reports the median wall time and CPU (user + system of the whole process,
 * every thread) against two baselines of the same run: `node -e 0` (Node's own start) and
 * `crosscheck --version` (Node plus the CLI's entry).
 *
 * The library is built once through the CLI into `$TMPDIR/crosscheck-bench/cli-one-file-reuters.sqlite`
 * (`BENCH_REBUILD=1` builds it again; the first build takes a minute or more) and copied before each
 * run (not timed). `BENCH_RUNS` runs (default 7). `CLI_BEFORE=/path/to/bin/crosscheck.mjs` also
 * times another build (e.g. a copy of an earlier `out/` beside its own `bin/`), alternating with
 * this one so load on the machine falls on both alike. Prints a Markdown table; it writes nothing
 * into docs/ (the numbers need their load and context beside them).
 *
 *   npx tsx scripts/bench/cliOneFileBench.ts
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { corporaRoot, median, reutersFolder } from './corpora';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CLI = process.env.CLI_AFTER ? path.resolve(process.env.CLI_AFTER) : path.join(ROOT, 'bin', 'crosscheck.mjs');

interface Sample {
  wall: number;
  cpu: number;
}

/** Runs a command under GNU time: wall seconds (measured here) and CPU seconds (user + system, every thread). */
function measure(args: readonly string[]): Sample & { stdout: string } {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '__CPU__%U %S', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const match = /__CPU__([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !match) throw new Error(`${args.join(' ')} failed (exit ${r.status}):\n${r.stderr}`);
  return { wall, cpu: Number(match[1]) + Number(match[2]), stdout: r.stdout };
}

/** The grouped library, built once through the CLI itself (import groups every new article). */
function baseLibrary(root: string): string {
  const dir = path.join(os.tmpdir(), 'crosscheck-bench');
  const file = path.join(dir, 'cli-one-file-reuters.sqlite');
  if (fs.existsSync(`${file}.done`) && process.env.BENCH_REBUILD !== '1') return file;
  fs.mkdirSync(dir, { recursive: true });
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}.done`]) fs.rmSync(f, { force: true });
  process.stderr.write('Building the grouped reuters-21578 library once (a minute or more)…\n');
  const r = spawnSync(process.execPath, [CLI, 'import', reutersFolder(root), '--db', file, '--json'], {
    stdio: ['ignore', 'ignore', 'inherit']
  });
  // Exit 2: some of reuters' files hold no article (empty bodies), as in every import of it.
  if (r.status !== 0 && r.status !== 2) throw new Error(`building the library failed (exit ${r.status})`);
  fs.writeFileSync(`${file}.done`, '');
  return file;
}

/** Brings the base library to the CLI's schema and stories once, so no timed run migrates or groups it whole. */
function settle(cli: string, base: string): void {
  const r = spawnSync(process.execPath, [cli, 'stories', '--db', base, '--json'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`crosscheck stories on the base library failed (exit ${r.status})`);
}

/** ECB+ articles (not in reuters), one per run. */
function newFiles(root: string, n: number): string[] {
  const text = path.join(root, 'ecbplus-same-event-news', 'text');
  const files = (fs.readdirSync(text, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();
  return Array.from({ length: n }, (_, k) => path.join(text, files[(k * 37) % files.length]!));
}

/** One timed import of `file` into a fresh copy of `base`; checks it imported one article and placed it in a story. */
function importOnce(cli: string, base: string, file: string): Sample {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bench-cli-one-'));
  const copy = path.join(dir, 'lib.sqlite');
  try {
    fs.copyFileSync(base, copy);
    const r = measure([cli, 'import', file, '--db', copy, '--json']);
    const report = JSON.parse(r.stdout) as { imported: number };
    if (report.imported !== 1) throw new Error(`expected one article imported from ${file}, got ${report.imported}`);
    const db = new Database(copy, { readonly: true });
    const unplaced = db
      .prepare('SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)')
      .pluck()
      .get() as number;
    db.close();
    if (unplaced !== 0) throw new Error(`${unplaced} articles left in no story after importing ${file}`);
    return { wall: r.wall, cpu: r.cpu };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const root = corporaRoot();
  const base = baseLibrary(root);
  const before = process.env.CLI_BEFORE ? path.resolve(process.env.CLI_BEFORE) : undefined;
  settle(CLI, base);
  const files = newFiles(root, RUNS);
  const loads: number[] = [os.loadavg()[0]!];
  const rows: Record<string, Sample[]> = { node: [], version: [], after: [], before: [] };
  for (const file of files) {
    rows.node!.push(measure(['-e', '0']));
    rows.version!.push(measure([CLI, '--version']));
    // Alternating (and which goes first too), so a burst of load falls on both alike.
    const order = before && rows.after!.length % 2 === 1 ? ['before', 'after'] : ['after', 'before'];
    for (const which of order) {
      if (which === 'after') rows.after!.push(importOnce(CLI, base, file));
      else if (before) rows.before!.push(importOnce(before, base, file));
    }
    loads.push(os.loadavg()[0]!);
  }
  const db = new Database(base, { readonly: true });
  const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  db.close();
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, samples: readonly Sample[]) =>
    `| ${name} | ${f(median(samples.map((s) => s.wall)))} | ${f(Math.min(...samples.map((s) => s.wall)))} | ${f(median(samples.map((s) => s.cpu)))} |`;
  const lines = [
    `One ECB+ file into a copy of reuters-21578 (${articles} articles, grouped) through \`crosscheck import FILE --db COPY\`,`,
    `stories included; process start to exit, medians of ${RUNS} runs, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC,`,
    `1-minute load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (${os.cpus().length} cores).`,
    '',
    '| command | median wall s (target < 1) | best wall s | median CPU s |',
    '| --- | ---: | ---: | ---: |',
    row('`node -e 0` (baseline)', rows.node!),
    row('`crosscheck --version` (baseline)', rows.version!),
    row('`crosscheck import one.txt`', rows.after!),
    ...(before ? [row(`the same, before (\`${before}\`)`, rows.before!)] : [])
  ];
  console.log(lines.join('\n'));
}

main();
