import path from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '@shared/export/reportModel';
import { UsageError } from '../args';

/**
 * File name endings each export format is saved under (the first is the one the app suggests,
 * shared/export/renderReport.ts). `.json` is both W3C JSON's everyday name and CSL-JSON's.
 */
const ENDINGS: Readonly<Record<ExportFormat, readonly string[]>> = {
  md: ['md', 'markdown'],
  html: ['html', 'htm'],
  pdf: ['pdf'],
  docx: ['docx'],
  json: ['jsonld', 'json'],
  csv: ['csv'],
  csl: ['json'],
  bib: ['bib'],
  ris: ['ris']
};

/** What each format is called in a sentence. */
const NAMES: Readonly<Record<ExportFormat, string>> = {
  md: 'Markdown',
  html: 'HTML',
  pdf: 'PDF',
  docx: 'Word',
  json: 'W3C JSON',
  csv: 'CSV',
  csl: 'CSL-JSON',
  bib: 'BibTeX',
  ris: 'RIS'
};

/**
 * The format `crosscheck export` writes: `--format` when given, else the one `--out`'s ending names
 * (`report.pdf` → pdf). Refuses a `--format` whose file `--out`'s ending says is another format's
 * (review 13, #20: `--format md --out x.pdf` wrote Markdown into a "PDF" no viewer opens); an ending
 * no format uses (`.txt`, none) is the user's choice and is kept.
 */
export function exportFormatOf(format: string | undefined, out: string): ExportFormat {
  const ending = path.extname(out).slice(1).toLowerCase();
  const named = EXPORT_FORMATS.filter((f) => ENDINGS[f].includes(ending));
  if (format === undefined) {
    if (named.length === 1) return named[0]!;
    if (named.length > 1)
      throw new UsageError(`give --format: a .${ending} file can be ${named.map((f) => `${f} (${NAMES[f]})`).join(' or ')}`);
    throw new UsageError(`give --format (${EXPORT_FORMATS.join(', ')}), or an --out file ending in .md, .pdf, .docx…`);
  }
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not ${format}`);
  const chosen = format as ExportFormat;
  if (named.length > 0 && !named.includes(chosen))
    throw new UsageError(
      `--out ${path.basename(out)} is named as a ${NAMES[named[0]!]} file, but --format ${chosen} writes ${NAMES[chosen]}: give --format ${named[0]}, or an --out file ending in .${ENDINGS[chosen][0]}`
    );
  return chosen;
}
