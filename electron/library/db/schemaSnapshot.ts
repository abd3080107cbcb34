import type { ReadableDb } from './connection';

/**
 * The library's schema as SQL text: every table, index, trigger and view SQLite holds, in a stable
 * order, with the version it is at. `electron/library/db/schema.sql` is this text for a library
 * migrated from zero; a test compares the two, so any change to the schema shows in review as a
 * diff of that file (as Signal-Desktop and Tropy keep theirs).
 */
export function schemaSnapshot(db: ReadableDb): string {
  const version = db.pragma('user_version', { simple: true }) as number;
  const rows = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_schema
       WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
       ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'trigger' THEN 2 ELSE 3 END, name`
    )
    .all() as Array<{ type: string; name: string; sql: string }>;
  const header = [
    '-- The schema of a Crosscheck library migrated from zero (written by `npm run schema:write`;',
    '-- electron/library/db/schemaSnapshot.test.ts checks it). Review its diff with every migration.',
    `-- user_version = ${version}`
  ];
  return `${header.join('\n')}\n\n${rows.map((r) => `${normalise(r.sql)};`).join('\n\n')}\n`;
}

/**
 * SQLite keeps each statement as written, indented as in its migration's template string: the lines
 * after the first lose their common indentation and get two spaces, so the file reads the same
 * whichever migration wrote a statement.
 */
function normalise(sql: string): string {
  const [first = '', ...rest] = sql.trim().split('\n').map((line) => line.trimEnd());
  const indents = rest.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length);
  const common = indents.length ? Math.min(...indents) : 0;
  const body = rest.map((line) => (line.trim() === '' ? '' : `  ${line.slice(common)}`));
  return [first, ...body].join('\n');
}
