/**
 * The sweeps' expectations, read from the documentation where people read them: Markdown tables
 * between `<!-- NAME -->` and `<!-- /NAME -->` markers in docs/formats.md. The doc is the one
 * place a baseline or an allow-list entry is changed, with its reason beside it.
 */
import fs from 'node:fs';
import path from 'node:path';

export const FORMATS_DOC = path.resolve(import.meta.dirname, '..', '..', 'docs', 'formats.md');

/** The body rows of the Markdown table between the markers, as trimmed cells (header and rule dropped). */
export function markedTable(markdown: string, name: string): string[][] {
  const start = markdown.indexOf(`<!-- ${name} -->`);
  const end = markdown.indexOf(`<!-- /${name} -->`);
  if (start < 0 || end < start) throw new Error(`docs/formats.md has no <!-- ${name} --> section`);
  const rows = markdown
    .slice(start, end)
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim().replace(/^`|`$/g, ''))
    );
  return rows.slice(2);
}

/** A measure a corpus must keep: the count on record and how far below it a run may fall. */
export interface Baseline {
  readonly corpus: string;
  readonly measure: string;
  readonly value: number;
  readonly noise: number;
}

/** The hostile sweep's baselines (`hostile-baselines` table: corpus, measure, baseline, noise). */
export function readBaselines(markdown = fs.readFileSync(FORMATS_DOC, 'utf8')): Baseline[] {
  return markedTable(markdown, 'hostile-baselines').map(([corpus = '', measure = '', value = '', noise = '']) => {
    const parsed = { corpus, measure, value: Number(value.replace(/,/g, '')), noise: Number(noise.replace(/,/g, '')) };
    if (!corpus || !measure || !Number.isFinite(parsed.value) || !Number.isFinite(parsed.noise)) {
      throw new Error(`docs/formats.md: unreadable baseline row "${[corpus, measure, value, noise].join(' | ')}"`);
    }
    return parsed;
  });
}

/** Files allowed below the agreement threshold (`agreement-allow` table: corpus, file, reason). */
export function readAllowList(markdown = fs.readFileSync(FORMATS_DOC, 'utf8')): Map<string, string> {
  const allowed = new Map<string, string>();
  for (const [corpus = '', file = '', reason = ''] of markedTable(markdown, 'agreement-allow')) {
    if (!reason) throw new Error(`docs/formats.md: allow-list entry ${corpus}/${file} gives no reason`);
    allowed.set(`${corpus}/${file}`, reason);
  }
  return allowed;
}
