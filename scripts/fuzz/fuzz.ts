/**
 * `npm run fuzz`: coverage-guided fuzzing of each extractor and of the query language
 * (scripts/fuzz/README.md; results in docs/reliability.md).
 *
 *   npm run fuzz -- [--seconds 60] [--runs N] [--seed 1] [--target html,pdf] [--timeout 30000]
 *                   [--max-seeds 64] [--out .cache/fuzz] [--corpora ../shared/corpora]
 *
 * Exit code 1 when something was found; each finding is minimised and saved under
 * `<out>/<target>/findings/`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Finding, fuzzLoop, minimise } from './loop';
import { Random } from './random';
import { type Execution, TargetRunner } from './runner';
import { type FuzzTarget, TARGETS } from './targets';

const ROOT = path.resolve(import.meta.dirname, '../..');

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    runs: { type: 'string' },
    seed: { type: 'string', default: '1' },
    target: { type: 'string' },
    timeout: { type: 'string', default: '30000' },
    'max-seeds': { type: 'string', default: '64' },
    out: { type: 'string', default: path.join(ROOT, '.cache/fuzz') },
    corpora: { type: 'string', default: process.env.CROSSCHECK_CORPORA ?? path.join(ROOT, '../shared/corpora') }
  }
});

const seconds = Number(values.seconds);
const runs = values.runs === undefined ? undefined : Number(values.runs);
const seed = Number(values.seed);
const timeoutMs = Number(values.timeout);
const maxSeeds = Number(values['max-seeds']);
const wantedTargets = values.target?.split(',');
for (const name of wantedTargets ?? []) {
  if (!TARGETS.some((t) => t.name === name)) {
    console.error(`There is no fuzz target "${name}"; the targets are ${TARGETS.map((t) => t.name).join(', ')}.`);
    process.exit(2);
  }
}

interface Row {
  target: string;
  seeds: number;
  executions: number;
  features: number;
  corpus: number;
  findings: number;
  findingRuns: number;
  slow: number;
  restarts: number;
}

/** Seed inputs: the repository's fixtures and inline seeds, then up to `maxSeeds` corpus files picked by `--seed`. */
function seedsOf(target: FuzzTarget, random: Random): Uint8Array[] {
  const fromCorpora: string[] = [];
  for (const folder of target.corpora) {
    const dir = path.join(values.corpora, folder);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const ext = path.extname(entry.name).slice(1).toLowerCase();
      if (entry.isFile() && target.seedExtensions.includes(ext)) fromCorpora.push(path.join(entry.parentPath, entry.name));
    }
  }
  fromCorpora.sort();
  const picked: string[] = [];
  while (fromCorpora.length > 0 && picked.length < maxSeeds)
    picked.push(fromCorpora.splice(random.below(fromCorpora.length), 1)[0]!);
  const files = [...target.fixtures.map((f) => path.join(ROOT, f)), ...picked];
  const seeds = files.map((f) => new Uint8Array(fs.readFileSync(f))).filter((b) => b.length <= target.maxBytes);
  return [...(target.inline ?? []).map((s) => new TextEncoder().encode(s)), ...seeds];
}

/** Says once, in one line, when the corpora are not there: the fixtures alone seed every target then. */
function reportMissingCorpora(): void {
  if (!fs.existsSync(values.corpora)) {
    console.log(`No corpora at ${values.corpora} (set --corpora or CROSSCHECK_CORPORA): seeding from the repository's fixtures only.`);
  }
}

async function fuzzTarget(target: FuzzTarget): Promise<Row> {
  const random = new Random(seed);
  const seeds = seedsOf(target, random);
  const runner = new TargetRunner({ target: target.name, warmUp: seeds.slice(0, 2) }, timeoutMs);
  const run = (bytes: Uint8Array) => runner.run(bytes);
  await runner.start();
  const result = await fuzzLoop({
    seeds,
    random,
    mutation: { dictionary: target.dictionary, maxBytes: target.maxBytes, ...(target.zip ? { zip: true } : {}) },
    run,
    ...(runs !== undefined ? { runs } : { deadline: Date.now() + seconds * 1000 })
  });
  const dir = path.join(values.out, target.name);
  fs.rmSync(path.join(dir, 'corpus'), { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'corpus'), { recursive: true });
  for (const input of result.corpus)
    fs.writeFileSync(path.join(dir, 'corpus', `${hash(input)}.${target.extension || 'txt'}`), input);
  for (const finding of result.findings) await save(target, finding, dir, run);
  const restarts = runner.starts - 1;
  await runner.close();
  return {
    target: target.name,
    seeds: seeds.length,
    executions: result.executions,
    features: result.features,
    corpus: result.corpus.length,
    findings: result.findings.length,
    findingRuns: result.findingRuns,
    slow: result.slow,
    restarts
  };
}

/** Minimises a finding (not a hang: each try would take the whole time limit) and saves it with its reason. */
async function save(
  target: FuzzTarget,
  finding: Finding,
  dir: string,
  run: (b: Uint8Array) => Promise<Execution>
): Promise<void> {
  const small = finding.verdict.code === 'hang' ? finding.input : await minimise(finding.input, finding.signature, run);
  const name = `${finding.verdict.code}-${hash(small)}`;
  fs.mkdirSync(path.join(dir, 'findings'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'findings', `${name}.${target.extension || 'txt'}`), small);
  fs.writeFileSync(
    // NB: not `<name>.txt`: the text target's input has that name.
    path.join(dir, 'findings', `${name}.reason.txt`),
    `${finding.signature}\n\n${finding.verdict.detail}\n\n${finding.input.length} bytes as found, ${small.length} minimised.\n`
  );
  console.log(
    `  ${target.name}: ${finding.signature} (${small.length} bytes) → ${path.relative(ROOT, path.join(dir, 'findings', name))}`
  );
}

function hash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

const rows: Row[] = [];
reportMissingCorpora();
for (const target of TARGETS) {
  if (wantedTargets && !wantedTargets.includes(target.name)) continue;
  console.log(`${target.name}: fuzzing for ${runs !== undefined ? `${runs} runs` : `${seconds} s`} (seed ${seed})…`);
  rows.push(await fuzzTarget(target));
}
console.log(
  '\n| target | seeds | executions | coverage features | corpus | findings (distinct) | inputs that found one | slow once | thread restarts |'
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.target} | ${r.seeds} | ${r.executions} | ${r.features} | ${r.corpus} | ${r.findings} | ${r.findingRuns} | ${r.slow} | ${r.restarts} |`
  );
}
fs.mkdirSync(values.out, { recursive: true });
fs.writeFileSync(path.join(values.out, 'summary.json'), `${JSON.stringify({ seed, seconds, runs, rows }, null, 2)}\n`);
process.exitCode = rows.some((r) => r.findings > 0) ? 1 : 0;
