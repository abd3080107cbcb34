import type { Comparison } from '@shared/compare/compareArticlesTypes';
import { figureWordings } from '@shared/compare/numbers/figureWordings';
import { COMPARE_MAX, COMPARE_MIN } from '@shared/contract/schemas';
import { repeatedId } from '@shared/contract/compareIds';
import { UsageError, articleIdFrom, parseCommandArgs } from '../args';
import { checkInput, openCliEngine } from '../cliEngine';
import { ExitCode, type CliCommand } from '../io';
import { terminalLine } from '../terminalText';

/**
 * `crosscheck compare`: the full comparison of 2–12 library articles — aligned passages, shared
 * passage clusters, the overlap matrix, wire-copy groups, quotes, numbers and names — from the
 * `compare:articles` channel (the contract holds the limits).
 */
export const runCompare: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {});
  const input = { articleIds: positionals.map(articleIdFrom) };
  const twice = repeatedId(input.articleIds);
  if (twice !== undefined) throw new UsageError(`article ${twice} is named twice`);
  checkInput('compare:articles', input, { articleIds: () => `give ${COMPARE_MIN} to ${COMPARE_MAX} article ids` });
  const engine = openCliEngine(values);
  try {
    const comparison = await engine.call('compare:articles', input);
    io.stdout(values.json ? JSON.stringify(comparison) + '\n' : formatComparison(comparison));
    return ExitCode.ok;
  } finally {
    engine.close();
  }
};

/** A readable summary: shares, the overlap matrix, wire groups, disagreements. */
function formatComparison(c: Comparison): string {
  const lines: string[] = [];
  for (const a of c.articles) {
    lines.push(`${a.id.padStart(6)}  ${Math.round(a.sharedShare * 100)}% shared  ${a.words}w  ${terminalLine(a.title)}`);
  }
  lines.push('', 'Overlap (share of row article found in column article):');
  lines.push('        ' + c.overlap.articleIds.map((id) => id.padStart(6)).join(''));
  c.overlap.shares.forEach((row, i) => {
    lines.push(c.overlap.articleIds[i]!.padStart(6) + '  ' + row.map((v) => `${Math.round(v * 100)}%`.padStart(6)).join(''));
  });
  for (const g of c.wireGroups)
    lines.push('', `Wire copies: ${g.articleIds.join(', ')} (likely original ${g.originalId}${g.agency ? `, ${terminalLine(g.agency)}` : ''})`);
  const altered = c.quotes.filter((q) => q.altered);
  if (altered.length) lines.push('', `Quotes worded differently: ${altered.length}`);
  for (const q of altered) lines.push(...q.variants.map((v) => `  [${v.sourceIds.join(',')}] “${terminalLine(v.text)}”`));
  const disagreeing = c.numbers.filter((n) => n.disagree);
  if (disagreeing.length) lines.push('', 'Figures that disagree:');
  for (const n of disagreeing) {
    const wordings = figureWordings(n.figures).map((w) => `${terminalLine(w.text)} [${[...new Set(w.figures.map((f) => f.sourceId))].join(',')}]`);
    lines.push(`  ${terminalLine(n.label)}: ${wordings.join(' vs ')}`);
  }
  return lines.join('\n') + '\n';
}
