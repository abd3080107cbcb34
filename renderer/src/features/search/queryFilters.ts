import { tagKey } from '@shared/annotations/tagKey';
import { foldText } from '@shared/text/fold';

/**
 * Filter clauses in the text of a query (`outlet:"Reuters"`, `date:2018-07`), found where the
 * query language would read them, so a facet can tell whether its filter is already in the search
 * box and add or take it out without touching anything else the user typed.
 *
 * NB: this reads the query the way `shared/search/lexQuery` does (quotes, curly quotes, unmatched
 * quotes, `-` and `NOT`), but keeps positions in the text, which the lexer drops.
 */

/** The `key:` prefixes that filter on metadata (`title:` searches text, so it is not one). */
const FILTER_FIELDS: ReadonlySet<string> = new Set(['outlet', 'author', 'date', 'lang', 'tag', 'story']);
/** Curly and full-width double quotes: the lexer reads them as `"`, so this does too. */
const QUOTES = /[\u201c\u201d\u201e\u201f\uff02]/g;
const STOP = /[\s"()]/;
const FIELD = /^(-*)([A-Za-z]+):(-*)/;
const MONTH = /^\d{4}-\d{2}$/;

/** One `field:value` clause of a query, with where it stands in the text. */
export interface FilterClause {
  /** Where the clause starts in the query (its `-`, if any, included) … */
  readonly start: number;
  /** … and ends (after the closing quote of a quoted value). */
  readonly end: number;
  /** Lower case: `outlet`, `date`, `lang`… */
  readonly field: string;
  /** As typed, without quotes. */
  readonly value: string;
  /** `-outlet:AFP`, `outlet:-AFP` or `NOT outlet:AFP`: the opposite of the filter. */
  readonly negated: boolean;
}

/**
 * Every filter clause of `query`, in order. Words inside a phrase are not clauses
 * (`"outlet:AFP"` searches those words); a value must follow its colon directly, as the query
 * language requires (`outlet: AFP` is no filter).
 *
 * @example filterClauses('Daraa outlet:"The National"') // [{ start: 6, end: 27, field: 'outlet', value: 'The National', negated: false }]
 */
export function filterClauses(query: string): FilterClause[] {
  const s = query.replace(QUOTES, '"');
  const clauses: FilterClause[] = [];
  let afterNot = false;
  let i = 0;
  while (i < s.length) {
    const ch = s.charAt(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')') {
      afterNot = false;
      i++;
      continue;
    }
    if (ch === '"') {
      const close = s.indexOf('"', i + 1);
      // An unmatched quote is ignored by the query language: what follows it is read as usual.
      i = close < 0 ? i + 1 : close + 1;
      afterNot = false;
      continue;
    }
    const start = i;
    while (i < s.length && !STOP.test(s.charAt(i))) i++;
    const raw = s.slice(start, i);
    const field = FIELD.exec(raw);
    const key = field?.[2]?.toLowerCase();
    if (field && key !== undefined && FILTER_FIELDS.has(key)) {
      let value = raw.slice(field[0].length);
      let end = i;
      if (value === '' && s.charAt(i) === '"') {
        const close = s.indexOf('"', i + 1);
        if (close > i) {
          value = s.slice(i + 1, close);
          end = close + 1;
          i = end;
        }
      }
      if (value.trim() !== '') {
        clauses.push({ start, end, field: key, value, negated: field[1] !== '' || field[3] !== '' || afterNot });
      }
    }
    afterNot = raw === 'NOT';
  }
  return clauses;
}

/**
 * True when `query` already keeps what `filter` keeps: the same field and the same value, compared
 * the way the engine compares them (case, accents and spacing aside), quoted or not. A negated
 * clause (`-outlet:Reuters`) is the opposite, so it does not count.
 *
 * @example hasFilter('Daraa outlet:reuters', 'outlet:"Reuters"') // true
 */
export function hasFilter(query: string, filter: string): boolean {
  const wanted = filterClauses(filter)[0];
  return wanted !== undefined && findClause(query, wanted) !== undefined;
}

/**
 * `query` with `filter` at the end, or `query` unchanged when it has the filter already. An
 * unmatched `"` would swallow the filter into a phrase; the query language ignores it anyway, so
 * it is dropped first.
 *
 * @example addFilter('Daraa talks', 'date:2018-07') // 'Daraa talks date:2018-07'
 */
export function addFilter(query: string, filter: string): string {
  if (hasFilter(query, filter)) return query;
  const base = withoutUnmatchedQuote(query).trimEnd();
  return base === '' ? filter : `${base} ${filter}`;
}

/**
 * `query` without every clause that keeps what `filter` keeps; the rest is left as typed. The
 * clause takes with it what only made sense beside it: the space before it, an `OR`/`AND` that
 * joined it to a neighbour, and parentheses it leaves empty.
 *
 * @example removeFilter('Daraa outlet:"Reuters" talks', 'outlet:"Reuters"') // 'Daraa talks'
 */
export function removeFilter(query: string, filter: string): string {
  const wanted = filterClauses(filter)[0];
  if (wanted === undefined) return query;
  let result = query;
  // Each cut shortens the query, so this ends; positions are read afresh after every cut.
  for (let clause = findClause(result, wanted); clause !== undefined; clause = findClause(result, wanted)) {
    result = cut(result, clause.start, clause.end);
  }
  return result;
}

/**
 * What a click on a facet value does to the query: takes its filter out when the query has it,
 * adds it otherwise. Months are one choice at a time — `date:` filters must all hold, so a second
 * month would match nothing — so choosing a month replaces a month already chosen (a year or a
 * range the user typed stays and narrows as before).
 *
 * @example toggleFacetFilter('Daraa date:2018-06', 'date:2018-07', 'month') // 'Daraa date:2018-07'
 */
export function toggleFacetFilter(query: string, filter: string, facet: string): string {
  if (hasFilter(query, filter)) return removeFilter(query, filter);
  let base = query;
  if (facet === 'month') {
    for (const clause of filterClauses(query).reverse()) {
      if (clause.field === 'date' && !clause.negated && MONTH.test(clause.value.trim()))
        base = cut(base, clause.start, clause.end);
    }
  }
  return addFilter(base, filter);
}

/**
 * `query` without the one clause `clause` (as {@link filterClauses} found it in this query, a
 * negated one included), the seam tidied as {@link removeFilter} tidies it.
 *
 * @example removeClause('film date:2004..2005', filterClauses('film date:2004..2005')[0]) // 'film'
 */
export function removeClause(query: string, clause: FilterClause): string {
  return cut(query, clause.start, clause.end);
}

function findClause(query: string, wanted: FilterClause): FilterClause | undefined {
  const value = normalValue(wanted.field, wanted.value);
  return filterClauses(query).find((c) => !c.negated && c.field === wanted.field && normalValue(c.field, c.value) === value);
}

/** A value as the engine compares it: a tag by tagKey (case in any script, whitespace runs as one space, accents kept: `ete` is not `été`), the rest folded. */
function normalValue(field: string, value: string): string {
  return field === 'tag' ? tagKey(value) : foldText(value).replace(/\s+/g, ' ').trim();
}

/** Removes `[start, end)` and tidies the seam (see {@link removeFilter}). */
function cut(query: string, start: number, end: number): string {
  let before = query.slice(0, start).trimEnd();
  let after = query.slice(end).trimStart();
  // `A OR outlet:X` must not become `A OR`: the operator that joined the clause goes with it.
  const leading = /^(OR|AND)(?=[\s()"]|$)/.exec(after);
  const trailing = /(?:^|[\s()])(OR|AND)$/.exec(before);
  if (leading) after = after.slice(leading[0].length).trimStart();
  else if (trailing?.[1]) before = before.slice(0, before.length - trailing[1].length).trimEnd();
  // `(outlet:X)` leaves `()`, which reads as nothing: drop the pair.
  if (before.endsWith('(') && after.startsWith(')')) {
    before = before.slice(0, -1).trimEnd();
    after = after.slice(1).trimStart();
  }
  if (before === '' || after === '') return before + after;
  return before.endsWith('(') || after.startsWith(')') ? before + after : `${before} ${after}`;
}

/** `query` without the `"` the query language finds no partner for (it ignores it anyway). */
function withoutUnmatchedQuote(query: string): string {
  const s = query.replace(QUOTES, '"');
  for (let i = s.indexOf('"'); i >= 0;) {
    const close = s.indexOf('"', i + 1);
    if (close < 0) return query.slice(0, i) + query.slice(i + 1);
    i = s.indexOf('"', close + 1);
  }
  return query;
}
