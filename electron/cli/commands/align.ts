import { CliFailure, failureCode, jsonError } from '../failure';
import { readFile } from 'node:fs/promises';
import { ALIGN_USAGE } from '../usage';
import { join } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { codePointOffsets } from '@shared/compare/alignment/alignOffsets';
import type { AlignedPassage } from '@shared/compare/alignment/types';
import { countWords } from '@shared/text/tokens';
import { describeFsError } from '../../library/import/walk';
import { isCfb, isZip } from '../../library/import/formats/sniff';
import { alignHandlers } from '../../library/compare/alignHandler';
import { ALIGN_TEXT_MAX } from '@shared/contract/channels';
import { UsageError, optionNames, parseMistake, usageReason } from '../args';
import { ChannelFailure, callChannel, checkInput } from '../callChannel';
import type { ChannelInput } from '@shared/contract/channels';
import { ExitCode, type CliCommand, type CliIo } from '../io';
import { terminalLine } from '../terminalText';

/** One-line usage of `crosscheck align`. */

/** A passage as the JSON output gives it: offsets in Unicode code points of the decoded file. */
interface JsonPassage {
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
  readonly kind: AlignedPassage['kind'];
  readonly score: number;
}

class AlignUsageError extends Error {}

// NB: keep a leading byte-order mark. "As they are" means offsets count every code point of the
// file, as Python's utf-8 decoding and the PAN ground truth do.
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Reads a file as UTF-8.
 * @throws Error with a sentence naming the file and the cause ("it does not exist"), or saying
 * it is not plain text (a PDF, a Word document), whose bytes read as text would align as noise.
 */
async function readText(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliFailure(failureCode(error), describeFsError(error, `Cannot read ${path}`));
  }
  const kind = notPlainText(bytes);
  if (kind)
    throw new CliFailure(
      'failed',
      `${path} is ${kind}, not plain text: align compares UTF-8 text files as they are. Save its text as a .txt file, or import it and use \`crosscheck compare\`.`
    );
  return UTF8.decode(bytes);
}

/**
 * What a file is when it is not text: a PDF, a Word document or other zip, an old Office file, or
 * binary (over 30 % of its first 8 KB NUL or control bytes other than white space and ISO-2022's
 * escapes: an executable's or a database's header, UTF-16). NB: not "any NUL byte", nor a tenth:
 * PAN13's corpus, which align is scored on, has 14 files with 1 to 41 NULs among thousands of
 * letters, two of them 11 % control bytes, and its ground truth counts them as texts. NB: align does not extract
 * text as import does: its offsets count the characters of the file itself, and an extracted
 * text's offsets would point into no file the user has (docs/cli.md).
 */
function notPlainText(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, 8192);
  if (Buffer.from(head.subarray(0, 5)).toString('latin1') === '%PDF-') return 'a PDF';
  if (isZip(bytes)) return Buffer.from(bytes).includes('word/document.xml') ? 'a Word document' : 'a zip archive';
  if (isCfb(bytes)) return 'an old Office document';
  return controlShare(head) > 0.3 ? 'a binary file' : undefined;
}

/** The share of bytes that are NUL or control characters text does not use (tab, line breaks, form feed and ISO-2022's ESC/SO/SI are text). */
function controlShare(head: Uint8Array): number {
  let controls = 0;
  for (const b of head) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b && b !== 0x0e && b !== 0x0f) controls++;
  }
  return head.length === 0 ? 0 : controls / head.length;
}

function errorMessage(error: unknown): string {
  // NB: a reading error names the file, and a file name may hold escape sequences.
  return terminalLine(error instanceof Error ? error.message : String(error));
}

const ALIGN_OPTIONS = {
  json: { type: 'boolean', default: false },
  'min-words': { type: 'string' },
  'reuse-cases': { type: 'boolean', default: false },
  pairs: { type: 'string' },
  'a-dir': { type: 'string' },
  'b-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false }
} as const satisfies ParseArgsConfig['options'];

function parse(argv: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: ALIGN_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new AlignUsageError(terminalLine(parseMistake(error, optionNames(ALIGN_OPTIONS))));
  }
  const { values, positionals } = parsed;
  const minWords = values['min-words'] === undefined ? undefined : Number(values['min-words']);
  if (values.pairs !== undefined) {
    if (positionals.length > 0) throw new AlignUsageError('give either two files or --pairs, not both');
    if (values['a-dir'] === undefined || values['b-dir'] === undefined)
      throw new AlignUsageError('--pairs needs --a-dir and --b-dir');
  } else {
    if (values['a-dir'] !== undefined || values['b-dir'] !== undefined)
      throw new AlignUsageError('--a-dir and --b-dir only go with --pairs');
    if (!values.help && positionals.length !== 2) throw new AlignUsageError('give two files to compare');
  }
  const options: AlignSettings = { ...(minWords !== undefined ? { minWords } : {}), reuseCases: values['reuse-cases'] === true };
  // The contract holds the limits: checked once here, before any file is read.
  try {
    checkInput('compare:align', { a: '', b: '', ...options }, { minWords: () => '--min-words takes a whole number ≥ 1' });
  } catch (error) {
    if (error instanceof UsageError) throw new AlignUsageError(error.message);
    throw error;
  }
  return { values, positionals, options };
}

/** The options of a `compare:align` call, taken from the command line. */
type AlignSettings = Pick<ChannelInput<'compare:align'>, 'minWords' | 'reuseCases'>;

/**
 * Aligns two texts through `compare:align`, the contract's channel (its schema holds the limits).
 * @throws Error with a sentence when a text is over the channel's limit.
 */
async function align(a: string, b: string, options: AlignSettings, pathA: string, pathB: string): Promise<AlignedPassage[]> {
  try {
    return (await callChannel(alignHandlers(), 'compare:align', { a, b, ...options })).passages;
  } catch (error) {
    // The schema's refusal comes as a usage mistake (callChannel.ts); here it is the file's length.
    if (!(error instanceof UsageError || (error instanceof ChannelFailure && error.code === 'invalid-input'))) throw error;
    const long = a.length > ALIGN_TEXT_MAX ? pathA : pathB;
    throw new CliFailure(
      'failed',
      `${long} is too long to align (over ${ALIGN_TEXT_MAX.toLocaleString('en')} characters); align shorter files.`
    );
  }
}

/** Converts passages to code-point offsets and rounds scores for output. */
function toJsonPassages(a: string, b: string, passages: readonly AlignedPassage[]): JsonPassage[] {
  const cpA = codePointOffsets(a);
  const cpB = codePointOffsets(b);
  return passages.map((p) => ({
    aStart: cpA(p.aStart),
    aEnd: cpA(p.aEnd),
    bStart: cpB(p.bStart),
    bEnd: cpB(p.bEnd),
    kind: p.kind,
    score: Math.round(p.score * 1000) / 1000
  }));
}

function excerpt(text: string, max = 72): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? `"${flat}"` : `"${flat.slice(0, max - 1)}…"`;
}

function coverage(length: number, spans: readonly (readonly [number, number])[]): number {
  let covered = 0;
  let reach = 0;
  for (const [s, e] of [...spans].sort((x, y) => x[0] - y[0])) {
    const from = Math.max(s, reach);
    if (e > from) covered += e - from;
    reach = Math.max(reach, e);
  }
  return length === 0 ? 0 : covered / length;
}

/** The readable report: both files, a summary line, then each passage with short excerpts. */
function formatTable(pathA: string, a: string, pathB: string, b: string, passages: readonly AlignedPassage[]): string {
  const json = toJsonPassages(a, b, passages);
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  const lines = [
    `A  ${terminalLine(pathA)}  (${countWords(a)} words)`,
    `B  ${terminalLine(pathB)}  (${countWords(b)} words)`,
    passages.length === 0
      ? 'No shared passages.'
      : `${passages.length} shared passage${passages.length === 1 ? '' : 's'}, covering ` +
        `${pct(
          coverage(
            a.length,
            passages.map((p) => [p.aStart, p.aEnd])
          )
        )} of A and ` +
        `${pct(
          coverage(
            b.length,
            passages.map((p) => [p.bStart, p.bEnd])
          )
        )} of B`
  ];
  if (passages.length > 0) {
    lines.push('', '   #  kind      score  A chars        B chars');
    passages.forEach((p, i) => {
      const j = json[i]!;
      lines.push(
        `${String(i + 1).padStart(4)}  ${p.kind.padEnd(8)}  ${p.score.toFixed(2)}   ` +
          `${`${j.aStart}–${j.aEnd}`.padEnd(13)}  ${j.bStart}–${j.bEnd}`,
        `        A ${terminalLine(excerpt(a.slice(p.aStart, p.aEnd)))}`,
        `        B ${terminalLine(excerpt(b.slice(p.bStart, p.bEnd)))}`
      );
    });
  }
  return lines.join('\n') + '\n';
}

async function alignTwoFiles(pathA: string, pathB: string, json: boolean, options: AlignSettings, io: CliIo) {
  let a: string;
  let b: string;
  try {
    [a, b] = await Promise.all([readText(pathA), readText(pathB)]);
  } catch (error) {
    throw new CliFailure(failureCode(error), errorMessage(error));
  }
  let passages: AlignedPassage[];
  try {
    passages = await align(a, b, options, pathA, pathB);
  } catch (error) {
    throw new CliFailure(failureCode(error), errorMessage(error));
  }
  if (json) io.stdout(JSON.stringify({ a: pathA, b: pathB, passages: toJsonPassages(a, b, passages) }) + '\n');
  else io.stdout(formatTable(pathA, a, pathB, b, passages));
  return ExitCode.ok;
}

/** Aligns every pair of a list, one JSON line per pair in order; failures become error lines. */
async function alignPairs(list: string, aDir: string, bDir: string, options: AlignSettings, io: CliIo) {
  let content: string;
  try {
    content = await readText(list);
  } catch (error) {
    throw new CliFailure(failureCode(error), errorMessage(error));
  }
  let failed = false;
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '') continue;
    const names = line.split(/\s+/);
    if (names.length !== 2) {
      failed = true;
      io.stdout(JSON.stringify({ a: names[0], b: names[1] ?? '', error: `line ${n + 1}: expected two file names` }) + '\n');
      continue;
    }
    const pathA = join(aDir, names[0]!);
    const pathB = join(bDir, names[1]!);
    try {
      const [a, b] = await Promise.all([readText(pathA), readText(pathB)]);
      const passages = toJsonPassages(a, b, await align(a, b, options, pathA, pathB));
      io.stdout(JSON.stringify({ a: pathA, b: pathB, passages }) + '\n');
    } catch (error) {
      failed = true;
      io.stdout(JSON.stringify({ a: pathA, b: pathB, error: errorMessage(error) }) + '\n');
    }
  }
  return failed ? ExitCode.partial : ExitCode.ok;
}

/**
 * `crosscheck align`: the passages two files share, as a table or as JSON with code-point offsets;
 * with `--pairs`, one JSON line per listed pair (names resolved in --a-dir and --b-dir; the output
 * is always JSON lines, so `--json` is accepted but changes nothing).
 */
export const runAlign: CliCommand = async (argv, io) => {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof AlignUsageError)) throw error;
    io.stderr(`crosscheck align: ${usageReason(error.message)} Usage: ${ALIGN_USAGE}\n`);
    if (argv.includes('--json')) io.stdout(jsonError('usage', usageReason(error.message)));
    return ExitCode.usage;
  }
  const { values, positionals, options } = args;
  if (values.help) {
    io.stdout(`Usage: ${ALIGN_USAGE}\n`);
    return ExitCode.ok;
  }
  if (values.pairs !== undefined) return alignPairs(values.pairs, values['a-dir']!, values['b-dir']!, options, io);
  return alignTwoFiles(positionals[0]!, positionals[1]!, values.json === true, options, io);
};
