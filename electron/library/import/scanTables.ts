import fs from 'node:fs';
import path from 'node:path';
import type { TableFile } from '@shared/contract/schemas';
import { type ColumnField, COLUMN_FIELDS, previewTable } from './formats';
import { resolveImportPath } from './importPath';
import { walkPaths } from './walk';

/** Table files get a "confirm the columns" step; more than this many are imported as detected. */
const MAX_TABLES = 20;
const TABLE_EXTENSIONS = new Set(['.csv', '.tsv', '.tab', '.json', '.jsonl', '.ndjson']);

// The contract's list of fields and the importer's must be the same.
const sameFields: readonly ColumnField[] = COLUMN_FIELDS;
void sameFields;

/**
 * Finds the table files among the paths to import and previews each: its columns, the mapping
 * the importer would use, and its first rows, so the user can confirm or change the mapping.
 */
export async function scanTables(paths: readonly string[]): Promise<{ tables: TableFile[]; more: boolean }> {
  const { files } = walkPaths(paths.map((p) => resolveImportPath(p)));
  const tables = files.filter((f) => TABLE_EXTENSIONS.has(path.extname(f.path).toLowerCase()));
  const out: TableFile[] = [];
  for (const file of tables.slice(0, MAX_TABLES)) {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file.path);
    } catch (error) {
      out.push({ path: file.path, format: '', headers: [], mapping: {}, rows: [], problem: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const preview = await previewTable({ bytes, fileName: path.basename(file.path) });
    out.push(
      preview.ok
        ? { path: file.path, format: preview.format, headers: preview.headers, mapping: preview.mapping, rows: preview.rows.slice(0, 3), problem: null }
        : { path: file.path, format: '', headers: [], mapping: {}, rows: [], problem: preview.message }
    );
  }
  return { tables: out, more: tables.length > MAX_TABLES };
}
