import type { ArticleSummary, ImportReport } from '@shared/contract/schemas';
import { terminalLine } from './terminalText';

/** One line of the library list as the CLI prints it. */
export function formatSummaryLine(a: ArticleSummary): string {
  const date = a.publishedAt?.slice(0, 10) ?? '          ';
  const outlet = terminalLine(a.outlet ?? '—').slice(0, 18).padEnd(18);
  return `${String(a.id).padStart(6)}  ${date}  ${outlet}  ${String(a.wordCount).padStart(6)}w  ${terminalLine(a.title)}`;
}

/** The end-of-import summary: counts, then every problem with its reason. */
export function formatImportReport(r: ImportReport): string {
  // The same seven counts, in the same order, as the app's progress and report (shared/import/counts.ts);
  // updated and unchanged, as there, only when a file imported before was met again.
  const lines = [
    `New ${r.new}, near-duplicates ${r.nearDuplicates} (stored and linked)` +
      (r.updated > 0 ? `, updated ${r.updated}` : '') +
      (r.unchanged > 0 ? `, unchanged ${r.unchanged}` : '') +
      `, duplicates ${r.duplicates}, skipped ${r.skipped}, failed ${r.failed}` +
      (r.status === 'cancelled' ? ' (cancelled)' : '') +
      '.'
  ];
  // NB: paths come from file names, which may hold escape sequences and line feeds.
  for (const p of r.problems) lines.push(`  ${p.kind.padEnd(9)} ${terminalLine(p.path)}: ${terminalLine(p.message)}`);
  return lines.join('\n');
}
