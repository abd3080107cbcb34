import { useState } from 'react';
import { COLUMN_FIELDS, type ColumnMapping, type TableFile } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import './columnMapping.css';

const FIELD_LABELS: Record<(typeof COLUMN_FIELDS)[number], string> = {
  title: 'Title',
  text: 'Article text',
  date: 'Date',
  source: 'Outlet',
  url: 'URL',
  author: 'Author',
  language: 'Language'
};

/**
 * The "confirm the columns" step for spreadsheet and JSON exports: per table file, which column
 * fills which article field (detected from the headers, changeable), with its first rows shown.
 */
export function ColumnMappingDialog({
  tables,
  more,
  onConfirm,
  onCancel
}: {
  tables: readonly TableFile[];
  more: boolean;
  onConfirm: (mappings: Record<string, ColumnMapping>) => void;
  onCancel: () => void;
}) {
  const usable = tables.filter((t) => t.problem === null);
  const [mappings, setMappings] = useState<Record<string, ColumnMapping>>(() =>
    Object.fromEntries(usable.map((t) => [t.path, t.mapping]))
  );
  const withoutText = usable.filter((t) => !mappings[t.path]?.text);
  // NB: a table whose text column was detected and then cleared would have it detected again by
  // the engine, so the user must choose one; a table with no text column detected at all (a
  // metadata sheet in a folder of articles) is left out, and must not hold up the other files.
  const mustChoose = withoutText.filter((t) => t.mapping.text);
  const leftOut = withoutText.filter((t) => !t.mapping.text);

  const set = (file: string, field: (typeof COLUMN_FIELDS)[number], column: string) =>
    setMappings((old) => {
      const next: ColumnMapping = { ...old[file] };
      if (column) next[field] = column;
      else delete next[field];
      return { ...old, [file]: next };
    });

  return (
    <Dialog
      open
      title="Confirm the columns"
      subtitle={`Crosscheck guessed which column holds what in ${usable.length === 1 ? 'this table' : `these ${usable.length} tables`}; change anything it got wrong.`}
      onClose={onCancel}
      width={760}
      testId="column-mapping"
      footer={
        <>
          {mustChoose.length ? (
            <span className="mapping__warning">Choose the article-text column to import every table.</span>
          ) : leftOut.length ? (
            <span className="mapping__warning" data-testid="mapping-left-out">
              {leftOutSentence(leftOut)}
            </span>
          ) : null}
          <Button onClick={onCancel}>Cancel</Button>
          <Button
            variant="primary"
            icon="import"
            disabled={mustChoose.length > 0}
            onClick={() => onConfirm(mappings)}
            data-testid="column-mapping-import"
          >
            Import
          </Button>
        </>
      }
    >
      {usable.map((table, t) => (
        <section key={table.path} className="mapping__table" data-testid="mapping-table">
          <h3 className="mapping__file" title={table.path}>
            {fileName(table.path)} <span className="mapping__format">{table.format.toUpperCase()}</span>
          </h3>
          <div className="mapping__fields">
            {COLUMN_FIELDS.map((field, f) => (
              <label key={field} className="mapping__field">
                <span>{FIELD_LABELS[field]}</span>
                <select
                  value={mappings[table.path]?.[field] ?? ''}
                  onChange={(e) => set(table.path, field, e.target.value)}
                  data-testid={`mapping-${field}`}
                  data-autofocus={(t === 0 && f === 0) || undefined}
                >
                  <option value="">— none —</option>
                  {table.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {table.rows.length ? (
            <div className="mapping__preview">
              <table>
                <thead>
                  <tr>
                    {table.headers.map((h) => (
                      <th key={h}>{h}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((r) => (
                    <tr key={r.n}>
                      {table.headers.map((h) => (
                        <td key={h}>{r.values[h] ?? ''}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      ))}
      {more ? (
        <p className="mapping__more">More tables were found; they are imported with the columns Crosscheck detects.</p>
      ) : null}
      {tables.some((t) => t.problem !== null) ? (
        <p className="mapping__more">
          {tables.filter((t) => t.problem !== null).length} table file(s) could not be read; the import report will say why.
        </p>
      ) : null}
    </Dialog>
  );
}

/** The last part of a path (either separator). */
function fileName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** Says which tables an import leaves out for want of a text column, and that the rest goes on. */
function leftOutSentence(tables: readonly TableFile[]): string {
  const [only] = tables;
  return tables.length === 1 && only
    ? `${fileName(only.path)} has no article-text column, so it is left out unless you choose one; the other files are imported.`
    : `${tables.length} tables have no article-text column, so they are left out unless you choose one; the other files are imported.`;
}
