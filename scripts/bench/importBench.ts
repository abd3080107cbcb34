/**
 * Import benchmark (`npm run bench:import`): Crosscheck's importer against two baselines on the
 * same folders, in the same run, medians of several runs:
 *   (a) the sqlite3 CLI loading the same files into an FTS5 table in one transaction (the floor:
 *       no parsing, clean-up or duplicate checks), and
 *   (b) recollindex indexing the same folder (a desktop search indexer).
 * Targets: within 4× of (a), at least 3× faster than (b). Crosscheck's time is `crosscheck import
 * --no-group`: files to a searchable library (what the baselines do); grouping the new articles
 * into stories, which the app does next, is timed on its own (`crosscheck stories`) and shown
 * beside it. Then a mixed folder of 200 PDF, DOCX and HTML files (mixedFolder.ts) against
 * pdftotext, pandoc and Readability run over the same files. Prints Markdown tables and writes
 * them into docs/benchmarks.md between the `import` and `import-mixed` markers.
 *
 *   npx tsx scripts/bench/importBench.ts [--mixed-only | --only reuters|bbc]
 *
 * `--only` times one corpus against its baselines and prints its row without writing the docs (a
 * quick check while working on the import); BENCH_RUNS sets the number of runs (default 3).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corporaRoot, folderStats, median, reutersFolder, timed } from './corpora';
import { mixedFolder, timeMixed } from './mixedFolder';
import { writeSection } from './report';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROOT = path.resolve(import.meta.dirname, '..', '..');

interface Row {
  corpus: string;
  files: number;
  mb: number;
  crosscheck: number;
  crosscheckPeak: number;
  stories: number;
  sqlite: number;
  recoll: number | null;
}

function crosscheckImport(folder: string): { seconds: number; peakMiB: number; stories: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bench-'));
  const cli = path.join(ROOT, 'bin', 'crosscheck.mjs');
  const db = path.join(dir, 'lib.sqlite');
  try {
    const r = timed(process.execPath, [cli, 'import', folder, '--no-group', '--db', db, '--json'], { cwd: ROOT });
    if (r.status !== 0 && r.status !== 2) throw new Error(`crosscheck import failed: ${r.stderr}`);
    const s = timed(process.execPath, [cli, 'stories', '--db', db, '--json'], { cwd: ROOT });
    if (s.status !== 0) throw new Error(`crosscheck stories failed: ${s.stderr}`);
    return { seconds: r.seconds, peakMiB: r.peakMiB, stories: s.seconds };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function sqliteBaseline(folder: string): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bench-sqlite-'));
  try {
    const script = `PRAGMA journal_mode=WAL;
CREATE VIRTUAL TABLE docs USING fts5(path, body, tokenize='unicode61 remove_diacritics 2');
BEGIN;
INSERT INTO docs(path, body) SELECT name, CAST(data AS TEXT) FROM fsdir(${quote(folder)}) WHERE name LIKE '%.txt';
COMMIT;`;
    const sqlFile = path.join(dir, 'load.sql');
    fs.writeFileSync(sqlFile, script);
    const r = timed('sh', ['-c', `sqlite3 ${quote(path.join(dir, 'db.sqlite'))} < ${quote(sqlFile)}`]);
    if (r.status !== 0) throw new Error(`sqlite3 baseline failed: ${r.stderr}`);
    return r.seconds;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function recollBaseline(folder: string): number | null {
  if (!fs.existsSync('/usr/bin/recollindex')) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bench-recoll-'));
  try {
    fs.writeFileSync(path.join(dir, 'recoll.conf'), `topdirs = ${folder}\nloglevel = 1\nidxflushmb = 50\n`);
    const r = timed('recollindex', ['-c', dir, '-z']);
    if (r.status !== 0) throw new Error(`recollindex failed: ${r.stderr.slice(-500)}`);
    return r.seconds;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function bench(corpus: string, folder: string): Row {
  const { files, bytes } = folderStats(folder);
  const cc: Array<{ seconds: number; peakMiB: number; stories: number }> = [];
  const sq: number[] = [];
  const rc: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    process.stderr.write(`${corpus}: run ${i + 1}/${RUNS}\n`);
    cc.push(crosscheckImport(folder));
    sq.push(sqliteBaseline(folder));
    const r = recollBaseline(folder);
    if (r !== null) rc.push(r);
  }
  return {
    corpus,
    files,
    mb: bytes / 1e6,
    crosscheck: median(cc.map((c) => c.seconds)),
    crosscheckPeak: Math.max(...cc.map((c) => c.peakMiB)),
    stories: median(cc.map((c) => c.stories)),
    sqlite: median(sq),
    recoll: rc.length ? median(rc) : null
  };
}

const root = corporaRoot();
const mixedOnly = process.argv.includes('--mixed-only');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
if (only !== undefined && only !== 'reuters' && only !== 'bbc') {
  process.stderr.write('--only takes reuters or bbc.\n');
  process.exit(1);
}
const load = () => os.loadavg()[0]!.toFixed(1);
const loadBefore = load();
if (!mixedOnly) benchText();
if (only === undefined) benchMixed();

function benchText(): void {
  const corpora: Array<[string, () => string]> = [
    ['reuters-21578', () => reutersFolder(root)],
    ['bbc-news-2225', () => path.join(root, 'bbc-news-2225', 'bbc')]
  ];
  const rows = corpora.filter(([name]) => only === undefined || name.startsWith(only)).map(([name, folder]) => bench(name, folder()));
  const lines = [
    `Medians of ${RUNS} runs on ${os.cpus().length} cores (${new Date().toISOString().slice(0, 10)}; 1-minute load average ${loadBefore} at the start, ${load()} at the end).`,
    'Ratios are against baselines run in the same script, alternating with Crosscheck.',
    'Crosscheck import: `crosscheck import --no-group`, files to a searchable library, process start to exit;',
    '"then stories": `crosscheck stories` grouping those articles into stories, the step the app runs next.',
    '',
    '| corpus | files | MB | Crosscheck import s | files/s | MB/s | peak MiB | sqlite3 FTS5 s | × sqlite3 (target ≤ 4) | recollindex s | recoll ÷ Crosscheck (target ≥ 3) | then stories s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) =>
      [
        r.corpus,
        r.files,
        r.mb.toFixed(1),
        r.crosscheck.toFixed(2),
        Math.round(r.files / r.crosscheck),
        (r.mb / r.crosscheck).toFixed(2),
        r.crosscheckPeak.toFixed(0),
        r.sqlite.toFixed(2),
        (r.crosscheck / r.sqlite).toFixed(2),
        r.recoll === null ? 'n/a' : r.recoll.toFixed(2),
        r.recoll === null ? 'n/a' : (r.recoll / r.crosscheck).toFixed(2),
        r.stories.toFixed(2)
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .replace(/$/, ' |')
    )
  ];
  const table = lines.join('\n');
  process.stdout.write(table + '\n');
  // One corpus alone is a check, not the table docs/benchmarks.md keeps.
  if (only === undefined) writeSection(path.join(ROOT, 'docs', 'benchmarks.md'), 'import', table);
}

function benchMixed(): void {
  const mixed = mixedFolder(root);
  const files = mixed.pdf.length + mixed.docx.length + mixed.html.length;
  const t = timeMixed(mixed, RUNS);
  const baselines = t.pdftotext + t.pandoc + t.readability;
  const rate = (n: number, s: number) => (n / s).toFixed(1);
  const lines = [
    `Mixed folder, medians of ${RUNS} runs on ${os.cpus().length} cores (${new Date().toISOString().slice(0, 10)}; 1-minute load average ${loadBefore} at the start, ${load()} at the end:`,
    'other work shared the machine). Crosscheck: `crosscheck import --no-group` of the whole folder, process start to exit (its extraction',
    'worker and writing thread use both cores). Baselines, over the same files: `pdftotext` and `pandoc` once per file in a shell loop, Readability',
    'in one Node process over every page (jsdom sniffs the charset); each on one core, as a user would run them.',
    '',
    '| files | MB | Crosscheck s | Crosscheck files/s | pdftotext s (PDF files/s) | pandoc s (DOCX files/s) | Readability s (HTML files/s) | the three together s | files/s | Crosscheck ÷ together |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${mixed.pdf.length} PDF + ${mixed.docx.length} DOCX + ${mixed.html.length} HTML | ${(mixed.bytes / 1e6).toFixed(1)} | ${t.crosscheck.toFixed(2)} | ${rate(files, t.crosscheck)} | ` +
      `${t.pdftotext.toFixed(2)} (${rate(mixed.pdf.length, t.pdftotext)}) | ${t.pandoc.toFixed(2)} (${rate(mixed.docx.length, t.pandoc)}) | ` +
      `${t.readability.toFixed(2)} (${rate(mixed.html.length, t.readability)}) | ${baselines.toFixed(2)} | ${rate(files, baselines)} | ${(t.crosscheck / baselines).toFixed(2)} |`
  ];
  const table = lines.join('\n');
  process.stdout.write(table + '\n');
  writeSection(path.join(ROOT, 'docs', 'benchmarks.md'), 'import-mixed', table);
}
