/**
 * Formatting of the PAN evaluation: a console table and the same as Markdown for docs/compare.md.
 */

import type { PanScores } from './panMeasures';

/** One line of the results: a sub-corpus (or "overall") and its scores, if it has cases. */
export interface PanRow {
  readonly label: string;
  readonly pairs: number;
  readonly cases: number;
  readonly detections: number;
  readonly pairsWithDetections: number;
  /** Absent for a sub-corpus without cases (the negatives), where only false detections count. */
  readonly scores: PanScores | undefined;
}

/** How long the run took. */
export interface PanTiming {
  readonly pairs: number;
  readonly seconds: number;
  readonly jobs: number;
  /** Process time per pair: wall time × processes / pairs, CLI start-up included. */
  readonly msPerPair: number;
  readonly errors: number;
}

const HEADERS = ['sub-corpus', 'pairs', 'cases', 'detections', 'precision', 'recall', 'granularity', 'plagdet'];

function cells(r: PanRow): string[] {
  const f = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(3));
  return [
    r.label,
    String(r.pairs),
    String(r.cases),
    r.scores ? String(r.detections) : `${r.detections} (in ${r.pairsWithDetections} pairs)`,
    f(r.scores?.precision),
    f(r.scores?.recall),
    f(r.scores?.granularity),
    f(r.scores?.plagdet)
  ];
}

function timingLine(t: PanTiming): string {
  return (
    `${t.pairs} pairs in ${t.seconds.toFixed(1)} s with ${t.jobs} CLI process${t.jobs === 1 ? '' : 'es'}: ` +
    `${t.msPerPair.toFixed(1)} ms per pair per process (start-up included)` +
    (t.errors > 0 ? `; ${t.errors} pairs failed` : '')
  );
}

/** The results as an aligned plain-text table, then the timing line. */
export function formatTable(rows: readonly PanRow[], timing: PanTiming): string {
  const table = [HEADERS, ...rows.map(cells)];
  const widths = HEADERS.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  const lines = table.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return `${lines.join('\n')}\n\n${timingLine(timing)}\n`;
}

/** The results as a Markdown table with a note on how they were produced. */
export function formatMarkdown(
  rows: readonly PanRow[],
  timing: PanTiming,
  settings: { readonly limit: number | undefined; readonly cliArgs: readonly string[] }
): string {
  const lines = [
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map((_, c) => (c === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((r) => `| ${cells(r).join(' | ')} |`),
    '',
    `PAN 2013 text-alignment training corpus` +
      (settings.limit ? `, first ${settings.limit} pairs of each sub-corpus` : ', all pairs') +
      (settings.cliArgs.length > 0 ? `, \`${settings.cliArgs.join(' ')}\`` : ', default options') +
      `. ${timingLine(timing)}.`
  ];
  return lines.join('\n') + '\n';
}
