/**
 * Runs extractFile over the hostile corpora (../shared/corpora/hostile-*) and prints, per corpus:
 * files, imported, failures by code, timeouts, crashes, hangs and the slowest files. Exits non-zero
 * on any crash (a throw, an `internal` failure, an unhandled rejection) or hang.
 *
 *   npx tsx scripts/eval-hostile.ts [--corpus NAME[,NAME]] [--limit N] [--timeout MS] [--verbose]
 *
 * Corpora root: $CROSSCHECK_CORPORA, else ../shared/corpora beside the repo.
 * How each corpus is fed (see its README):
 * - hostile-html-xss: every payload (payloadbox lines, DOMPurify vectors, naughty strings) wrapped in
 *   an article page that also carries canary scripts, plus the corpus files as they are.
 * - hostile-pdfs-pdfjs: every PDF; password-protected ones (manifest) must fail as `encrypted`.
 * - hostile-docx: every file; the XXE file must not leak an external entity.
 * - hostile-encodings: every sample as a .txt file (HTML as .html), text compared with a decode by
 *   the folder's label; every html5lib sniffing case as an .html page.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractFile } from '../electron/library/import/formats/index';
import { sniffHtmlCharset } from '../electron/library/import/formats/htmlCharset';
import { decodeAs } from '../electron/library/import/formats/textDecode';
import { tidyText } from '../electron/library/import/formats/plainText';
import type { ExtractResult } from '../shared/import/types';

interface Unit {
  name: string;
  fileName: string;
  bytes: Uint8Array;
  /** Extra check on the result; returns a problem description or undefined. */
  check?: (result: ExtractResult) => string | undefined;
  /** For encoding samples: the text a decode by the label gives. */
  expectedText?: string;
}

interface Outcome {
  name: string;
  ms: number;
  result?: ExtractResult;
  crash?: string;
  hang?: boolean;
  problem?: string;
  encodingMatch?: boolean;
}

const CORPORA = ['hostile-html-xss', 'hostile-pdfs-pdfjs', 'hostile-docx', 'hostile-encodings'] as const;
const CANARY = 'CANARY-EXECUTED';

function parseArgs(argv: string[]): { corpora: string[]; limit: number; timeoutMs: number; verbose: boolean } {
  const args = { corpora: [...CORPORA] as string[], limit: Infinity, timeoutMs: 20_000, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => argv[++i] ?? '';
    if (arg === '--corpus') args.corpora = value().split(',').filter(Boolean);
    else if (arg === '--limit') args.limit = Number(value());
    else if (arg === '--timeout') args.timeoutMs = Number(value());
    else if (arg === '--verbose') args.verbose = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  return args;
}

function corporaRoot(): string {
  if (process.env.CROSSCHECK_CORPORA) return path.resolve(process.env.CROSSCHECK_CORPORA);
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  return path.resolve(repo, '../shared/corpora');
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

const bytesOf = (file: string): Uint8Array => new Uint8Array(readFileSync(file));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** An article page around a payload, with canaries that would change the title if any script ran. */
function wrapPayload(payload: string, n: number): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Payload ${n}</title>
<script>document.title = '${CANARY}'</script></head>
<body onload="document.title='${CANARY}'"><img src="x" onerror="document.title='${CANARY}'">
<article><h1>Payload ${n}</h1><p>Before the payload, a paragraph of ordinary article text that Readability can score as content, long enough to count.</p>
${payload}
<p>After the payload, another paragraph of ordinary article text, so the page reads like a news story with a middle part.</p></article></body></html>`;
}

const xssCheck = (result: ExtractResult): string | undefined => {
  if (!result.ok) return undefined;
  for (const a of result.articles) {
    if (a.meta.title === CANARY || a.text.includes(CANARY)) return 'a script ran (canary found)';
  }
  return undefined;
};

function xssUnits(dir: string): Unit[] {
  const units: Unit[] = [];
  const payloads: { source: string; payload: string }[] = [];
  for (const line of readFileSync(path.join(dir, 'payloadbox-xss-payload-list.txt'), 'utf8').split('\n')) {
    if (line.trim()) payloads.push({ source: 'payloadbox', payload: line });
  }
  const dompurify = JSON.parse(readFileSync(path.join(dir, 'dompurify-test-fixtures-expect.json'), 'utf8')) as {
    payload: string;
  }[];
  for (const entry of dompurify) payloads.push({ source: 'dompurify', payload: entry.payload });
  const blns = JSON.parse(readFileSync(path.join(dir, 'blns.json'), 'utf8')) as string[];
  for (const s of blns) payloads.push({ source: 'blns', payload: s });
  payloads.forEach(({ source, payload }, i) => {
    units.push({
      name: `${source}#${i + 1}`,
      fileName: `payload-${i + 1}.html`,
      bytes: utf8(wrapPayload(payload, i + 1)),
      check: xssCheck
    });
  });
  // blns strings also as plain text, where naughty Unicode must survive decoding.
  units.push({ name: 'blns.txt', fileName: 'blns.txt', bytes: bytesOf(path.join(dir, 'blns.txt')) });
  for (const file of walk(dir)) {
    if (file.includes(`${path.sep}LICENSES${path.sep}`)) continue;
    units.push({ name: path.relative(dir, file), fileName: path.basename(file), bytes: bytesOf(file), check: xssCheck });
  }
  return units;
}

function pdfUnits(dir: string): Unit[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'test_manifest.subset.json'), 'utf8')) as {
    file: string;
    password?: string;
  }[];
  const withPassword = new Set(manifest.filter((m) => m.password).map((m) => path.basename(m.file)));
  return walk(path.join(dir, 'pdfs')).map((file) => {
    const base = path.basename(file);
    const unit: Unit = { name: base, fileName: base, bytes: bytesOf(file) };
    if (withPassword.has(base)) {
      unit.check = (r) =>
        r.ok
          ? 'password-protected PDF was imported'
          : r.code === 'encrypted'
            ? undefined
            : `password-protected PDF failed as ${r.code}`;
    }
    return unit;
  });
}

function docxUnits(dir: string): Unit[] {
  return walk(dir)
    .filter((file) => !file.includes(`${path.sep}LICENSES${path.sep}`) && !file.endsWith('README.md'))
    .map((file) => {
      const unit: Unit = { name: path.relative(dir, file), fileName: path.basename(file), bytes: bytesOf(file) };
      if (/ExternalEntity/i.test(file)) {
        unit.check = (r) =>
          r.ok && r.articles.some((a) => /root:|\[boot loader\]|passwd/.test(a.text))
            ? 'external entity resolved (XXE)'
            : undefined;
      }
      return unit;
    });
}

/** The encoding a chardet folder or node-chardet file name stands for (`windows-1250-czech` → `windows-1250`). */
function labelOf(relative: string): string | undefined {
  const [top, folder = '', file = ''] = relative.split(path.sep);
  if (top === 'chardet-tests') {
    const m =
      /^(utf-8-sig|utf-8|utf-16(?:be|le)?|utf-32(?:be|le)?|iso-8859-\d+|windows-\d+|iso-2022-(?:jp|kr)|[A-Za-z0-9_]+(?:-[A-Z0-9]+)?)/i.exec(
        folder
      );
    const label = m?.[1]?.toLowerCase();
    if (!label) return undefined;
    if (label === 'utf-8-sig') return 'utf-8';
    if (label === 'utf-16' || label === 'utf-32') return undefined; // byte order comes from the BOM
    return label;
  }
  if (top === 'node-chardet') {
    if (folder.startsWith('lang_') || folder === 'utf8') return 'utf-8';
    const map: Record<string, string> = {
      ascii: 'windows-1252',
      big5: 'big5',
      euc_jp: 'euc-jp',
      euc_kr: 'euc-kr',
      gb18030: 'gb18030',
      iso2022jp: 'iso-2022-jp',
      koi8r: 'koi8-r',
      shiftjis: 'shift_jis',
      utf16be: 'utf-16be',
      utf16le: 'utf-16le',
      utf32be: 'utf-32be',
      utf32le: 'utf-32le'
    };
    if (map[folder]) return map[folder];
    const win = /^windows_(\d+)/.exec(folder);
    if (win) return `windows-${win[1]}`;
    const iso = /^iso8859(\d+)/.exec(folder);
    if (iso) return `iso-8859-${iso[1]}`;
    return undefined;
  }
  return file ? undefined : undefined;
}

function parseSniffingCases(file: string): { data: string; encoding: string }[] {
  const cases: { data: string; encoding: string }[] = [];
  const text = readFileSync(file, 'latin1');
  for (const block of text.split(/^#data\n/m).slice(1)) {
    const m = /^([\s\S]*?)\n#encoding\n([^\n]*)/.exec(block);
    if (m) cases.push({ data: m[1] ?? '', encoding: (m[2] ?? '').trim().toLowerCase() });
  }
  return cases;
}

function encodingUnits(dir: string): { units: Unit[]; sniff: { total: number; agree: number; misses: string[] } } {
  const units: Unit[] = [];
  const sniff = { total: 0, agree: 0, misses: [] as string[] };
  for (const file of walk(dir)) {
    const relative = path.relative(dir, file);
    if (relative.startsWith('LICENSES') || relative === 'README.md' || relative.endsWith('README.txt')) continue;
    if (relative.startsWith('html5lib-encoding-sniffing') && file.endsWith('.dat')) {
      parseSniffingCases(file).forEach(({ data, encoding }, i) => {
        const bytes = new Uint8Array(Buffer.from(data, 'latin1'));
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
        const sniffed = bom ? 'utf-8' : (sniffHtmlCharset(bytes) ?? 'windows-1252');
        const agree = canonical(sniffed) === canonical(encoding);
        sniff.total++;
        if (agree) sniff.agree++;
        else sniff.misses.push(`${path.basename(file)}#${i + 1}: want ${encoding}, got ${sniffed}`);
        units.push({ name: `${relative}#${i + 1}`, fileName: `case-${i + 1}.html`, bytes });
      });
      continue;
    }
    const bytes = bytesOf(file);
    const isHtml = /\.html?$/i.test(file);
    const unit: Unit = { name: relative, fileName: isHtml ? path.basename(file) : `${path.basename(file)}.txt`, bytes };
    const label = labelOf(relative);
    if (label && !isHtml) {
      const expected = decodeAs(bytes, label);
      if (expected !== undefined) unit.expectedText = tidyText(expected.replace(/^\uFEFF/, ''));
    }
    units.push(unit);
  }
  return { units, sniff };
}

/** WHATWG treats these labels as one encoding; compare them as such. */
function canonical(label: string): string {
  const l = label.toLowerCase();
  const same: Record<string, string> = {
    'iso-8859-1': 'windows-1252',
    'us-ascii': 'windows-1252',
    ascii: 'windows-1252',
    'x-user-defined': 'windows-1252',
    'iso-8859-9': 'windows-1254',
    latin1: 'windows-1252'
  };
  return same[l] ?? l;
}

/** A watchdog thread: kills the process when one file blocks the event loop far beyond its limit. */
function startWatchdog(limitMs: number): { beat: (index: number, name: string) => void; stop: () => void } {
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const names: string[] = [];
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const s = new Int32Array(workerData.buffer);
     setInterval(() => {
       const since = Math.floor(Date.now() / 1000) - Atomics.load(s, 1);
       if (Atomics.load(s, 1) > 0 && since * 1000 > workerData.limitMs) {
         process.stderr.write('\\nHANG: file #' + Atomics.load(s, 0) + ' blocked the event loop for ' + since + ' s; see the last "at" line\\n');
         process.kill(process.pid, 'SIGKILL');
       }
     }, 1000);`,
    { eval: true, workerData: { buffer: shared.buffer, limitMs } }
  );
  worker.unref();
  return {
    beat: (index, name) => {
      names[index] = name;
      Atomics.store(shared, 0, index);
      Atomics.store(shared, 1, Math.floor(Date.now() / 1000));
    },
    stop: () => void worker.terminate()
  };
}

let pendingCrash: string | undefined;
process.on('unhandledRejection', (reason) => {
  pendingCrash = `unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`;
});
process.on('uncaughtException', (error) => {
  pendingCrash = `uncaught exception: ${error.message}`;
});

async function runUnit(unit: Unit, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  const grace = timeoutMs + 5_000;
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), grace)));
  try {
    const result = await Promise.race([
      extractFile({ bytes: unit.bytes, fileName: unit.fileName }, { limits: { timeoutMs } }),
      hang
    ]);
    const ms = performance.now() - started;
    if (result === 'hang') return { name: unit.name, ms, hang: true };
    await new Promise((resolve) => setImmediate(resolve));
    const outcome: Outcome = { name: unit.name, ms, result };
    if (pendingCrash) outcome.crash = pendingCrash;
    else if (!result || typeof result.ok !== 'boolean') outcome.crash = 'malformed result';
    else if (!result.ok && result.code === 'internal') outcome.crash = result.message;
    outcome.problem = unit.check?.(result);
    if (unit.expectedText !== undefined && result.ok) outcome.encodingMatch = result.articles[0]?.text === unit.expectedText;
    return outcome;
  } catch (error) {
    return {
      name: unit.name,
      ms: performance.now() - started,
      crash: `threw: ${error instanceof Error ? error.stack : String(error)}`
    };
  } finally {
    clearTimeout(timer);
    pendingCrash = undefined;
  }
}

function report(corpus: string, outcomes: Outcome[], verbose: boolean): number {
  const imported = outcomes.filter((o) => o.result?.ok).length;
  const byCode = new Map<string, number>();
  for (const o of outcomes) if (o.result && !o.result.ok) byCode.set(o.result.code, (byCode.get(o.result.code) ?? 0) + 1);
  const timeouts = byCode.get('timeout') ?? 0;
  const crashes = outcomes.filter((o) => o.crash);
  const hangs = outcomes.filter((o) => o.hang);
  const problems = outcomes.filter((o) => o.problem);
  const encoded = outcomes.filter((o) => o.encodingMatch !== undefined);
  const rows: [string, string][] = [
    ['files', String(outcomes.length)],
    ['imported', String(imported)],
    [
      'failed',
      [...byCode]
        .sort((a, b) => b[1] - a[1])
        .map(([c, n]) => `${c} ${n}`)
        .join(', ') || '0'
    ],
    ['timeouts', String(timeouts)],
    ['crashes', String(crashes.length)],
    ['hangs', String(hangs.length)],
    ['check failures', String(problems.length)]
  ];
  if (encoded.length) rows.push(['decoded as labelled', `${encoded.filter((o) => o.encodingMatch).length}/${encoded.length}`]);
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 5);
  rows.push(['slowest', slowest.map((o) => `${o.name} ${(o.ms / 1000).toFixed(2)}s`).join('; ')]);
  console.log(`\n== ${corpus}`);
  for (const [k, v] of rows) console.log(`${k.padEnd(20)} ${v}`);
  for (const o of crashes) console.log(`  CRASH ${o.name}: ${o.crash}`);
  for (const o of hangs) console.log(`  HANG  ${o.name}`);
  for (const o of problems) console.log(`  CHECK ${o.name}: ${o.problem}`);
  if (verbose) {
    for (const o of encoded.filter((e) => !e.encodingMatch)) console.log(`  ENCODING ${o.name}`);
    for (const o of outcomes)
      if (o.result && !o.result.ok) console.log(`  ${o.result.code.padEnd(14)} ${o.name}: ${o.result.message}`);
  }
  return crashes.length + hangs.length + problems.length;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = corporaRoot();
  if (!existsSync(root)) {
    console.error(`Corpora not found at ${root} (set CROSSCHECK_CORPORA)`);
    process.exit(2);
  }
  const watchdog = startWatchdog(args.timeoutMs + 30_000);
  let bad = 0;
  for (const corpus of args.corpora) {
    const dir = path.join(root, corpus);
    if (!existsSync(dir)) {
      console.error(`missing corpus ${dir}`);
      bad++;
      continue;
    }
    let units: Unit[];
    let sniff: { total: number; agree: number; misses: string[] } | undefined;
    if (corpus === 'hostile-html-xss') units = xssUnits(dir);
    else if (corpus === 'hostile-pdfs-pdfjs') units = pdfUnits(dir);
    else if (corpus === 'hostile-docx') units = docxUnits(dir);
    else if (corpus === 'hostile-encodings') ({ units, sniff } = encodingUnits(dir));
    else
      units = walk(dir).map((file) => ({ name: path.relative(dir, file), fileName: path.basename(file), bytes: bytesOf(file) }));
    units = units.slice(0, args.limit);
    const outcomes: Outcome[] = [];
    for (const [i, unit] of units.entries()) {
      watchdog.beat(i, unit.name);
      if (args.verbose || process.stderr.isTTY)
        process.stderr.write(`\r${corpus} ${i + 1}/${units.length} at ${unit.name.slice(0, 60).padEnd(60)}`);
      outcomes.push(await runUnit(unit, args.timeoutMs));
    }
    if (process.stderr.isTTY || args.verbose) process.stderr.write('\n');
    bad += report(corpus, outcomes, args.verbose);
    if (sniff) {
      console.log(`${'charset sniffing'.padEnd(20)} ${sniff.agree}/${sniff.total} html5lib cases agree`);
      if (args.verbose) for (const m of sniff.misses) console.log(`  SNIFF ${m}`);
    }
  }
  watchdog.stop();
  console.log(bad ? `\nFAIL: ${bad} crash/hang/check problems` : '\nOK: no crash, no hang');
  process.exit(bad ? 1 : 0);
}

await main();
