/**
 * A look at a table file before importing it, for the import dialog's "confirm or change the
 * columns" step: its columns, the mapping that would be used, and the first rows.
 */
import type { ExtractWarning } from '@shared/import/types';
import type { ColumnMapping } from './columns';
import type { ExtractContext } from './context';
import { readDelimitedTable } from './csv';
import { ExtractFailure, REPORT_THE_BUG } from './failure';
import { readJsonTable, readJsonlTable } from './json';
import { resolveLimits, type Limits } from './limits';
import { textValue } from './metaValues';
import { chooseFormat } from './sniff';
import { chooseMapping } from './tableRows';

/** What {@link previewTable} returns. */
export type TablePreview =
  | {
      ok: true;
      format: 'csv' | 'tsv' | 'json' | 'jsonl';
      /** Column names as spelled in the file (made unique). */
      headers: string[];
      /** The mapping `extractFile` would use with the same `mapping` option. */
      mapping: ColumnMapping;
      /** The first rows, each value shortened to 200 characters. */
      rows: { n: number; values: Record<string, string> }[];
      warnings: ExtractWarning[];
    }
  | { ok: false; code: string; message: string };

const PREVIEW_ROWS = 5;

/**
 * Reads the header and first rows of a .csv/.tsv/.json/.jsonl file. Never throws.
 * @example
 * const preview = await previewTable({ bytes, fileName: 'export.csv' });
 * if (preview.ok) showColumns(preview.headers, preview.mapping);
 */
export async function previewTable(
  input: { bytes: Uint8Array; fileName: string },
  options: { mapping?: ColumnMapping; limits?: Partial<Limits> } = {}
): Promise<TablePreview> {
  try {
    const choice = chooseFormat(input.fileName, input.bytes);
    if ('unsupported' in choice) throw new ExtractFailure('unsupported', choice.unsupported);
    const { format } = choice;
    if (format !== 'csv' && format !== 'tsv' && format !== 'json' && format !== 'jsonl') {
      throw new ExtractFailure(
        'unsupported',
        'Only CSV, TSV, JSON and JSON Lines files have columns to choose; import this file as it is.'
      );
    }
    const ctx: ExtractContext = {
      fileName: input.fileName,
      // Enough rows to see the columns of every record in a ragged JSON file, few enough to be instant.
      limits: { ...resolveLimits(options.limits), maxRows: 1000 },
      signal: new AbortController().signal,
      mapping: options.mapping,
      depth: 0,
      zipBudget: { remainingBytes: 0 },
      warnings: [],
      extractNested: () => Promise.reject(new Error('not used'))
    };
    const table =
      format === 'csv' || format === 'tsv'
        ? readDelimitedTable(input.bytes, ctx, format)
        : format === 'json'
          ? readJsonTable(input.bytes, ctx)
          : readJsonlTable(input.bytes, ctx);
    const rows = table.rows.slice(0, PREVIEW_ROWS).map(({ n, record }) => ({
      n,
      values: Object.fromEntries(table.headers.map((h) => [h, (textValue(record[h]) ?? '').slice(0, 200)]))
    }));
    return {
      ok: true,
      format,
      headers: table.headers,
      mapping: chooseMapping(table.headers, options.mapping),
      rows,
      warnings: ctx.warnings
    };
  } catch (error) {
    if (error instanceof ExtractFailure) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'internal', message: `This file could not be read: ${REPORT_THE_BUG}.` };
  }
}
