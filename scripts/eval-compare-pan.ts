/**
 * Evaluates `crosscheck align` on the PAN 2013 text-alignment training corpus.
 *
 *   npx tsx scripts/eval-compare-pan.ts [--limit N] [--sub 02-no-obfuscation]… [--jobs N]
 *                                       [--min-words N] [--reuse-cases] [--markdown FILE] [--floor X]
 *
 * `--floor X` exits 1 when the overall plagdet is below X (CI's accuracy floor, `npm run
 * sweep:accuracy-compare`).
 * `--min-words` and `--reuse-cases` are passed on to the CLI.
 *
 * It runs the real CLI as child processes (`node --import tsx electron/cli/alignMain.ts --pairs …
 * --json`), so what is measured is what users run, then scores the JSON lines against the XML
 * truth with the PAN measures, per obfuscation type and overall, and reports time per pair.
 * The corpus is read from `${CROSSCHECK_CORPORA ?? '../shared/corpora'}/pan13-text-alignment-training`.
 */

import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PAN_SUBCORPORA, readSubcorpus, type PanPair } from './eval/panCorpus';
import { panScores, type PanAnnotation } from './eval/panMeasures';
import { formatMarkdown, formatTable, type PanRow } from './eval/panReport';
import { meetsFloor, parseFloor } from './eval/floor';

interface AlignLine {
  readonly a: string;
  readonly b: string;
  readonly passages?: { aStart: number; aEnd: number; bStart: number; bEnd: number }[];
  readonly error?: string;
}

const USAGE =
  'usage: npx tsx scripts/eval-compare-pan.ts [--limit N] [--sub NAME]… [--jobs N] [--min-words N] [--reuse-cases] [--markdown FILE] [--floor X]';

function positive(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`${name} takes a whole number ≥ 1\n${USAGE}\n`);
    process.exit(1);
  }
  return n;
}

/** Runs the CLI on one list of pairs and returns its JSON lines, in order. */
function runCli(listFile: string, suspDir: string, srcDir: string, extraArgs: readonly string[]): Promise<AlignLine[]> {
  const args = [
    '--import',
    'tsx',
    'electron/cli/alignMain.ts',
    '--pairs',
    listFile,
    '--a-dir',
    suspDir,
    '--b-dir',
    srcDir,
    '--json',
    ...extraArgs
  ];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      // 2 means some pairs failed; those come back as error lines and are counted below.
      if (code !== 0 && code !== 2) return fail(new Error(`align CLI exited with ${code}: ${err.trim()}`));
      done(
        out
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => JSON.parse(l) as AlignLine)
      );
    });
  });
}

function toDetections(pair: PanPair, line: AlignLine): PanAnnotation[] {
  return (line.passages ?? []).map((p) => ({
    thisRef: pair.susp,
    thisOffset: p.aStart,
    thisLength: p.aEnd - p.aStart,
    sourceRef: pair.src,
    sourceOffset: p.bStart,
    sourceLength: p.bEnd - p.bStart
  }));
}

function row(label: string, pairs: readonly PanPair[], detections: Map<PanPair, PanAnnotation[]>): PanRow {
  const cases = pairs.flatMap((p) => p.cases);
  const dets = pairs.flatMap((p) => detections.get(p) ?? []);
  return {
    label,
    pairs: pairs.length,
    cases: cases.length,
    detections: dets.length,
    pairsWithDetections: pairs.filter((p) => (detections.get(p) ?? []).length > 0).length,
    scores: cases.length > 0 ? panScores(cases, dets) : undefined
  };
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        limit: { type: 'string' },
        sub: { type: 'string', multiple: true },
        jobs: { type: 'string' },
        'min-words': { type: 'string' },
        'reuse-cases': { type: 'boolean', default: false },
        markdown: { type: 'string' },
        floor: { type: 'string' }
      },
      strict: true
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(1);
  }
  const { values } = parsed;
  const limit = positive(values.limit, '--limit');
  const jobs = positive(values.jobs, '--jobs') ?? Math.max(1, Math.min(availableParallelism(), 4));
  const minWords = positive(values['min-words'], '--min-words');
  const reuseCases = values['reuse-cases'] === true;
  const floor = parseFloor(values.floor, USAGE);
  const cliArgs = [
    ...(minWords === undefined ? [] : ['--min-words', String(minWords)]),
    ...(reuseCases ? ['--reuse-cases'] : [])
  ];
  const known = PAN_SUBCORPORA.map((s) => s.name as string);
  const subs = values.sub ?? known;
  for (const s of subs) {
    if (!known.includes(s)) {
      process.stderr.write(`unknown sub-corpus ${s}; choose from ${known.join(', ')}\n`);
      process.exit(1);
    }
  }

  const corpus = resolve(process.env.CROSSCHECK_CORPORA ?? '../shared/corpora', 'pan13-text-alignment-training');
  const pairs = (await Promise.all(subs.map((s) => readSubcorpus(corpus, s, limit)))).flat();

  // Round-robin over the jobs so that each process gets a mix of sub-corpora and similar work.
  const tmp = await mkdtemp(join(tmpdir(), 'crosscheck-pan-'));
  const started = performance.now();
  let lines: AlignLine[][];
  try {
    const chunks = Array.from({ length: jobs }, (_, j) => pairs.filter((_, i) => i % jobs === j));
    lines = await Promise.all(
      chunks.map(async (chunk, j) => {
        const file = join(tmp, `pairs-${j}`);
        await writeFile(file, chunk.map((p) => `${p.susp} ${p.src}\n`).join(''));
        return chunk.length === 0 ? [] : runCli(file, join(corpus, 'susp'), join(corpus, 'src'), cliArgs);
      })
    );
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;

  const detections = new Map<PanPair, PanAnnotation[]>();
  let errors = 0;
  pairs.forEach((pair, i) => {
    const line = lines[i % jobs]![Math.floor(i / jobs)];
    if (!line || basename(line.a) !== pair.susp || basename(line.b) !== pair.src)
      throw new Error(`CLI output out of step at ${pair.susp} ${pair.src}`);
    if (line.error !== undefined) {
      errors++;
      process.stderr.write(`${pair.susp} ${pair.src}: ${line.error}\n`);
    }
    detections.set(pair, toDetections(pair, line));
  });

  const rows = PAN_SUBCORPORA.filter((s) => subs.includes(s.name)).map((s) =>
    row(
      `${s.name.slice(0, 2)} ${s.label}`,
      pairs.filter((p) => p.sub === s.name),
      detections
    )
  );
  rows.push(row('overall', pairs, detections));
  const timing = {
    pairs: pairs.length,
    seconds,
    jobs,
    msPerPair: (seconds * 1000 * jobs) / Math.max(1, pairs.length),
    errors
  };
  process.stdout.write(formatTable(rows, timing));
  if (values.markdown) {
    await writeFile(values.markdown, formatMarkdown(rows, timing, { limit, cliArgs }));
    process.stdout.write(`Markdown written to ${values.markdown}\n`);
  }
  if (errors > 0) process.exitCode = 2;
  if (floor !== undefined && !meetsFloor('PAN13 training plagdet (overall)', rows.at(-1)?.scores?.plagdet ?? 0, floor))
    process.exitCode = 1;
}

await main();
