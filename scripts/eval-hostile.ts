/**
 * The hostile sweep (`npm run sweep:hostile`): imports the hostile corpora (../shared/corpora/hostile-*)
 * the way the app does — files on disk, `importPaths` on a temp library, the extraction worker
 * pool with its per-file watchdog — and fails on anything a user would call a regression:
 *
 * - a crash (`internal` or `extract-error`, a file the report lost) or a timeout;
 * - a failed check: a script ran in an imported page, a password-protected PDF was imported, an
 *   external entity was resolved;
 * - a measure below its baseline in docs/formats.md (`hostile-baselines`) by more than its noise:
 *   files imported, encoding samples decoded as their label says (the expected text is the
 *   label's decode by iconv-lite / TextDecoder, not Crosscheck's decoder), charsets sniffed;
 * - a file a reference tool reads to 50 words or more that does not import, or whose stored words
 *   cover under 95 % of the reference's (pdftotext for PDF, pandoc for DOCX, Readability run
 *   directly for HTML; allow-list `agreement-allow` in docs/formats.md).
 *
 *   npx tsx scripts/eval-hostile.ts [--corpus NAME[,NAME]] [--limit N] [--timeout MS] [--all-payloads]
 *                                   [--verbose] [--markdown]
 *
 * `--all-payloads` wraps every payloadbox line, not every 8th (hostileUnits.xssUnits; ~5× the
 * time). `--markdown` writes the agreement table into docs/benchmarks.md. `--limit` runs a few files of
 * each corpus for a quick look and skips the baselines. Corpora root: $CROSSCHECK_CORPORA, else
 * ../shared/corpora beside the repo. Needs pdftotext (poppler-utils) and pandoc.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sniffHtmlCharset } from '../electron/library/import/formats/htmlCharset';
import { corporaRoot } from './bench/corpora';
import { writeSection } from './bench/report';
import {
  type Agreement,
  type AgreementFile,
  agreementFailures,
  judgeAgreement,
  MIN_COVERAGE,
  MUST_IMPORT_WORDS
} from './sweeps/agreement';
import { readAllowList, readBaselines } from './sweeps/baselines';
import {
  comparable,
  decodeByLabel,
  docxUnits,
  encodingUnits,
  HOSTILE_CORPORA,
  parseSniffingCases,
  pdfUnits,
  type Unit,
  xssUnits
} from './sweeps/hostileUnits';
import { importForSweep, type SweepOutcome } from './sweeps/importCorpus';
import { hasCommand, pandocOf, pdftotextOf, readabilityOf } from './sweeps/references';

/** Failure codes that mean a bug, not a reason: each fails the sweep. */
const CRASH_CODES = new Set(['internal', 'extract-error', 'lost']);
const ROOT = path.resolve(import.meta.dirname, '..');
/** Every 8th payloadbox line by default (827 of 6,613): see xssUnits. */
const PAYLOADBOX_STRIDE = 8;

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string' },
    limit: { type: 'string' },
    timeout: { type: 'string', default: '60000' },
    verbose: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    'all-payloads': { type: 'boolean', default: false }
  }
});
const corpora = args.corpus ? args.corpus.split(',').filter(Boolean) : [...HOSTILE_CORPORA];
const limit = args.limit === undefined ? Infinity : Number(args.limit);
const timeoutMs = Number(args.timeout);
if (!(limit > 0) || !(timeoutMs > 0)) {
  process.stderr.write('--limit and --timeout take positive numbers\n');
  process.exit(2);
}
for (const tool of ['pdftotext', 'pandoc']) {
  if (!hasCommand(tool)) {
    process.stderr.write(`${tool} is not installed; the sweep compares with it (apt-get install poppler-utils pandoc)\n`);
    process.exit(2);
  }
}

const root = corporaRoot();
const baselines = readBaselines();
const allowed = readAllowList();
const problems: string[] = [];
const measured: Array<{ corpus: string; measure: string; value: number; of?: number }> = [];
const agreements: Agreement[] = [];

/** The reference text for the agreement sweeps, by the unit's format; undefined for units no tool reads. */
function referenceFor(unit: Unit): { format: string; tool: string; read: () => ReturnType<typeof pdftotextOf> } | undefined {
  if (!unit.source) return undefined;
  if (/\.pdf$/i.test(unit.fileName)) return { format: 'PDF', tool: 'pdftotext', read: () => pdftotextOf(unit.source!) };
  if (/\.docx$/i.test(unit.fileName)) return { format: 'DOCX', tool: 'pandoc', read: () => pandocOf(unit.source!) };
  if (/\.html?$/i.test(unit.fileName) && unit.label) {
    const html = decodeByLabel(unit.bytes, unit.label);
    if (html === undefined) return undefined;
    return { format: 'HTML', tool: 'Readability', read: () => readabilityOf(html) };
  }
  return undefined;
}

async function sweep(corpus: string): Promise<void> {
  const dir = path.join(root, corpus);
  if (!existsSync(dir)) {
    problems.push(`${corpus}: corpus missing at ${dir}`);
    return;
  }
  const all =
    corpus === 'hostile-html-xss'
      ? xssUnits(dir, args['all-payloads'] ? 1 : PAYLOADBOX_STRIDE)
      : corpus === 'hostile-pdfs-pdfjs'
        ? pdfUnits(dir)
        : corpus === 'hostile-docx'
          ? docxUnits(dir)
          : encodingUnits(dir);
  const units = all.slice(0, limit);
  const corpusStarted = performance.now();
  const { outcomes, seconds } = await importForSweep(units, timeoutMs);
  const outcomeOf = (unit: Unit): SweepOutcome => outcomes.get(unit.name)!;

  const byCode = new Map<string, number>();
  let imported = 0;
  let labelled = 0;
  let decodedAsLabelled = 0;
  const misdecoded: string[] = [];
  for (const unit of units) {
    const outcome = outcomeOf(unit);
    if (outcome.ok) imported++;
    else {
      byCode.set(outcome.code, (byCode.get(outcome.code) ?? 0) + 1);
      if (CRASH_CODES.has(outcome.code)) problems.push(`${corpus}/${unit.name}: crash (${outcome.code}): ${outcome.message}`);
      if (outcome.code === 'timeout') problems.push(`${corpus}/${unit.name}: timed out (${outcome.message})`);
    }
    const problem = unit.check?.(outcome);
    if (problem) problems.push(`${corpus}/${unit.name}: ${problem}`);
    if (unit.label && !/\.html?$/i.test(unit.fileName)) {
      const expected = decodeByLabel(unit.bytes, unit.label);
      if (expected === undefined) continue;
      labelled++;
      if (outcome.ok && outcome.articles.length === 1 && comparable(outcome.articles[0]!.text) === comparable(expected))
        decodedAsLabelled++;
      else misdecoded.push(`${unit.name} (${unit.label})`);
    }
  }
  measured.push({ corpus, measure: 'imported', value: imported, of: units.length });
  if (labelled) measured.push({ corpus, measure: 'decoded as labelled', value: decodedAsLabelled, of: labelled });

  if (corpus === 'hostile-encodings') {
    let agree = 0;
    let total = 0;
    const sniffDir = path.join(dir, 'html5lib-encoding-sniffing');
    for (const file of ['tests1.dat', 'tests2.dat', 'test-yahoo-jp.dat', path.join('scripted', 'tests1.dat')].map((f) =>
      path.join(sniffDir, f)
    )) {
      if (!existsSync(file)) continue;
      for (const { data, encoding } of parseSniffingCases(file)) {
        const bytes = new Uint8Array(Buffer.from(data, 'latin1'));
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
        const sniffed = bom ? 'utf-8' : (sniffHtmlCharset(bytes) ?? 'windows-1252');
        total++;
        if (canonical(sniffed) === canonical(encoding)) agree++;
        else if (args.verbose) console.log(`  SNIFF ${path.basename(file)}: want ${encoding}, got ${sniffed}`);
      }
    }
    measured.push({ corpus, measure: 'charsets sniffed', value: agree, of: total });
  }

  const byFormat = new Map<string, { tool: string; files: AgreementFile[] }>();
  for (const unit of units) {
    const reference = referenceFor(unit);
    if (!reference) continue;
    const entry = byFormat.get(reference.format) ?? { tool: reference.tool, files: [] };
    entry.files.push({ name: unit.name, outcome: outcomeOf(unit), reference: reference.read() });
    byFormat.set(reference.format, entry);
  }
  const prefix = `${corpus}/`;
  const allowedHere = new Map([...allowed].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
  const mine = [...byFormat].map(([format, { tool, files }]) => judgeAgreement(format, tool, files, allowedHere));
  agreements.push(...mine);
  for (const a of mine) for (const failure of agreementFailures(a)) problems.push(`${prefix}${failure}`);

  const total = (performance.now() - corpusStarted) / 1000;
  console.log(
    `\n== ${corpus} (${units.length} files, imported in ${seconds.toFixed(1)} s, ${total.toFixed(1)} s with the checks and references)`
  );
  console.log(`${'imported'.padEnd(22)} ${imported}`);
  const failed = [...byCode].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`);
  console.log(`${'failed'.padEnd(22)} ${failed.join(', ') || '0'}`);
  for (const m of measured.filter((x) => x.corpus === corpus && x.measure !== 'imported'))
    console.log(`${m.measure.padEnd(22)} ${m.value}/${m.of}`);
  for (const a of mine) {
    console.log(`${`${a.format} vs ${a.tool}`.padEnd(22)} ${summary(a)}`);
    for (const r of a.refused) console.log(`  refused (left out): ${r.name}: ${r.reason}`);
    for (const b of a.below)
      console.log(
        `  below ${100 * MIN_COVERAGE} %: ${b.name} ${(100 * b.coverage).toFixed(1)} %${b.allowed ? ` (allowed: ${b.allowed})` : ''}`
      );
    for (const n of a.notImported) console.log(`  NOT IMPORTED: ${n.name}: ${n.reason}`);
  }
  if (args.verbose) {
    for (const m of misdecoded) console.log(`  NOT AS LABELLED ${m}`);
    for (const unit of units) {
      const o = outcomeOf(unit);
      if (!o.ok) console.log(`  ${o.code.padEnd(14)} ${unit.name}: ${o.message}`);
    }
  }
}

/** WHATWG treats these labels as one encoding; compare them as such. */
function canonical(label: string): string {
  const same: Record<string, string> = {
    'iso-8859-1': 'windows-1252',
    'us-ascii': 'windows-1252',
    ascii: 'windows-1252',
    'x-user-defined': 'windows-1252',
    'iso-8859-9': 'windows-1254',
    latin1: 'windows-1252'
  };
  return same[label.toLowerCase()] ?? label.toLowerCase();
}

function summary(a: Agreement): string {
  const sorted = [...a.coverages].sort((x, y) => x - y);
  const median = sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 1;
  return (
    `${a.imported}/${a.checked - a.refused.length} must-import files imported (${a.refused.length} refused), ` +
    `median coverage ${(100 * median).toFixed(1)} %, ${a.below.length} below ${100 * MIN_COVERAGE} % (${a.below.filter((b) => b.allowed).length} allowed)`
  );
}

function agreementTable(): string {
  const rows = agreements.map((a) => {
    const sorted = [...a.coverages].sort((x, y) => x - y);
    const median = sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 1;
    const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
    return `| ${a.format} | ${a.tool} | ${a.checked} | ${a.refused.length} | ${a.imported} | ${(100 * mean).toFixed(1)} | ${(100 * median).toFixed(1)} | ${a.below.length} |`;
  });
  return [
    `Extraction agreement (\`npm run sweep:hostile\`, ${new Date().toISOString().slice(0, 10)}): every file the reference tool reads to ${MUST_IMPORT_WORDS} words or more must import`,
    `(files refused for a password or a size limit are left out), and Crosscheck's stored words (title and extracted text) must cover`,
    `≥ ${100 * MIN_COVERAGE} % of the reference's; word multisets, NFKC, case-folded. Files below, and the allow-list, are in docs/formats.md.`,
    'PDF: hostile-pdfs-pdfjs (most of its 832 files hold a few words or none); DOCX: hostile-docx; HTML: the real pages of',
    "hostile-encodings' chardet set, decoded by their label for Readability.",
    '',
    '| format | reference | files read to 50+ words | refused | imported | mean coverage % | median coverage % | below 95 % |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows
  ].join('\n');
}

const started = performance.now();
for (const corpus of corpora) await sweep(corpus);

if (limit === Infinity) {
  console.log('\n== baselines (docs/formats.md)');
  for (const b of baselines.filter((x) => corpora.includes(x.corpus))) {
    const m = measured.find((x) => x.corpus === b.corpus && x.measure === b.measure);
    if (!m) {
      problems.push(`baseline ${b.corpus} "${b.measure}" was not measured`);
      continue;
    }
    const verdict =
      m.value < b.value - b.noise ? 'REGRESSION' : m.value > b.value + b.noise ? 'better: raise the baseline' : 'ok';
    console.log(
      `${`${b.corpus} ${b.measure}`.padEnd(44)} ${String(m.value).padStart(5)} (baseline ${b.value} ± ${b.noise}) ${verdict}`
    );
    if (verdict === 'REGRESSION')
      problems.push(`${b.corpus}: ${b.measure} ${m.value}, below the baseline ${b.value} by more than ${b.noise}`);
  }
}
if (args.markdown) writeSection(path.join(ROOT, 'docs', 'benchmarks.md'), 'sweep-agreement', agreementTable());
console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s in all`);
if (problems.length) {
  console.log(`\nFAIL: ${problems.length} problem(s)`);
  for (const p of problems) console.log(`  ${p}`);
  process.exit(1);
}
console.log('\nOK: no crash, no timeout, every check and baseline held');
process.exit(0);
