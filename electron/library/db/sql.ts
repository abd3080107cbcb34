/**
 * The `sql` tagged template: builds a query and its parameters together, so values are never
 * interpolated into SQL text. Taken from Signal-Desktop's ts/sql/util.
 *
 * @example
 * const [query, params] = sql`SELECT id FROM articles WHERE content_hash = ${hash}`;
 * db.prepare(query).get(...params);
 */

/** A value SQLite can bind. */
export type SqlValue = string | number | bigint | Buffer | null;

/** A query fragment: SQL text with `?` placeholders and the values for them, in order. */
export interface SqlFragment {
  readonly query: string;
  readonly params: readonly SqlValue[];
}

const FRAGMENT = Symbol('SqlFragment');
interface TaggedFragment extends SqlFragment {
  readonly [FRAGMENT]: true;
}

/**
 * Tagged template returning `[query, params]`. Interpolated values become `?` placeholders;
 * interpolated {@link sqlFragment}s are spliced in with their own params.
 */
export function sql(strings: TemplateStringsArray, ...values: ReadonlyArray<SqlValue | SqlFragment>): [string, SqlValue[]] {
  const f = sqlFragment(strings, ...values);
  return [f.query, [...f.params]];
}

/** Like {@link sql} but returns a fragment to splice into another `sql` template. */
export function sqlFragment(strings: TemplateStringsArray, ...values: ReadonlyArray<SqlValue | SqlFragment>): SqlFragment {
  let query = strings[0] ?? '';
  const params: SqlValue[] = [];
  values.forEach((value, i) => {
    if (isFragment(value)) {
      query += value.query;
      params.push(...value.params);
    } else {
      query += '?';
      params.push(value);
    }
    query += strings[i + 1] ?? '';
  });
  const fragment: TaggedFragment = { query, params, [FRAGMENT]: true };
  return fragment;
}

/** Joins fragments with a separator (`, `, ` AND `). */
export function sqlJoin(fragments: readonly SqlFragment[], separator = ', '): SqlFragment {
  const fragment: TaggedFragment = {
    query: fragments.map((f) => f.query).join(separator),
    params: fragments.flatMap((f) => f.params),
    [FRAGMENT]: true
  };
  return fragment;
}

function isFragment(value: unknown): value is SqlFragment {
  return typeof value === 'object' && value !== null && FRAGMENT in value;
}

/**
 * SQL text from our own code (a column list, an identifier) to splice into a template.
 * NB: never pass user input here — that is what `${value}` placeholders are for.
 */
export function sqlRaw(trustedText: string, params: readonly SqlValue[] = []): SqlFragment {
  const fragment: TaggedFragment = { query: trustedText, params, [FRAGMENT]: true };
  return fragment;
}
