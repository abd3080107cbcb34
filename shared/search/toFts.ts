import { matchesInside, searchForm } from '@shared/text/unspaced';
import { articleForms } from './arabicArticle';
import type { ParsedQuery, QueryNode, QueryTerm } from './types';

/**
 * A query compiled for the `articles_fts` FTS5 table. The text of a query selects
 * `match` minus `except`:
 *
 * | `match` | `except` | Articles |
 * |---|---|---|
 * | string | null | `WHERE articles_fts MATCH :match` (ranked with `bm25`) |
 * | null | string | all, except `rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :except)` |
 * | null | null | all (the query has no words: filters only, or nothing) |
 *
 * Both are never set: whenever there is something positive to match, exclusions are folded into
 * `match` with FTS5's `NOT`.
 */
export interface FtsQuery {
  readonly match: string | null;
  readonly except: string | null;
}

/** Options of {@link toFts}. */
export interface ToFtsOptions {
  /**
   * Spelling variants to search along with bare words, keyed by the folded word
   * (`QueryTerm.words[0]`), e.g. from `variantMap`. Phrases, prefixes and NEAR are left exact:
   * quotes mean "exactly this".
   *
   * @example toFts(parseQuery('Deraa'), { variants: new Map([['deraa', ['daraa']]]) }).match
   * // '("Deraa" OR "daraa")'
   */
  readonly variants?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Compiles the text part of a query to FTS5 MATCH expressions. Every word the user typed goes in
 * double quotes (quotes inside doubled), so nothing typed can be read as FTS5 syntax: `NEAR`,
 * `AND`, `col:` and `^` are all just words inside a string. Never throws.
 *
 * @example
 * toFts(parseQuery('daraa -reuters'))        // { match: '"daraa" NOT "reuters"', except: null }
 * toFts(parseQuery('title:negotiat*'))       // { match: 'title : "negotiat"*', except: null }
 * toFts(parseQuery('-reuters'))              // { match: null, except: '"reuters"' }
 * toFts(parseQuery('outlet:Reuters'))        // { match: null, except: null }
 */
export function toFts(query: ParsedQuery, options: ToFtsOptions = {}): FtsQuery {
  if (!query.text) return { match: null, except: null };
  const set = compile(query.text, options.variants);
  return { match: set.pos, except: set.pos === null ? set.neg : null };
}

/**
 * The MATCH expression alone, or null when the text cannot be matched positively (no words, or
 * only exclusions: see {@link toFts} for the `except` that goes with the latter).
 *
 * @example toFtsMatch(parseQuery('"busra al-sham" OR daraa')) // '"busra al-sham" OR "daraa"'
 */
export function toFtsMatch(query: ParsedQuery, options: ToFtsOptions = {}): string | null {
  return toFts(query, options).match;
}

/**
 * A set of articles as FTS5 can express it: `pos` minus `neg`, a null `pos` meaning all articles
 * and a null `neg` none. FTS5's `NOT` needs something positive on its left, so a set made only of
 * exclusions (`-reuters`, `a OR -b`) is carried as "all minus `neg`" until something positive
 * absorbs it. Invariant: `pos` and `neg` are never both set.
 */
interface FtsSet {
  readonly pos: string | null;
  readonly neg: string | null;
}

const ALL: FtsSet = { pos: null, neg: null };

function compile(node: QueryNode, variants: ToFtsOptions['variants']): FtsSet {
  switch (node.type) {
    case 'term':
      return { pos: termFts(node.term, variants), neg: null };
    case 'near':
      // NB: exactly as typed: NEAR takes phrases, not groups of them.
      return { pos: `NEAR(${node.terms.map(exactFts).join(' ')}, ${node.distance})`, neg: null };
    case 'column': {
      const child = compile(node.child, variants);
      // A column filter distributes over "minus": title:(a -b) = title:a minus title:b.
      return {
        pos: child.pos === null ? null : `${node.column} : ${group(child.pos)}`,
        neg: child.neg === null ? null : `${node.column} : ${group(child.neg)}`
      };
    }
    case 'not': {
      const child = compile(node.child, variants);
      // not(P) = all minus P; not(all minus N) = N; not(all) = nothing, which `""` matches.
      if (child.pos !== null) return { pos: null, neg: child.pos };
      return { pos: child.neg ?? '""', neg: null };
    }
    case 'and':
      return intersect(node.children.map((c) => compile(c, variants)));
    case 'or':
      return union(node.children.map((c) => compile(c, variants)));
  }
}

/** (P1 - N1) ∩ (P2 - N2) ∩ … = (P1 ∩ P2 …) - (N1 ∪ N2 …). */
function intersect(sets: FtsSet[]): FtsSet {
  const pos = sets.flatMap((s) => (s.pos === null ? [] : [s.pos]));
  const neg = sets.flatMap((s) => (s.neg === null ? [] : [s.neg]));
  return minus(join(pos, 'AND'), join(neg, 'OR'));
}

/**
 * P1 ∪ … ∪ (all - N1) ∪ … = all - ((N1 ∩ N2 …) - (P1 ∪ P2 …)): once any operand is "all except",
 * the union is too, and it leaves out only what every exclusion leaves out and no positive keeps.
 */
function union(sets: FtsSet[]): FtsSet {
  if (sets.some((s) => s.pos === null && s.neg === null)) return ALL;
  const pos = sets.flatMap((s) => (s.pos === null ? [] : [s.pos]));
  const neg = sets.flatMap((s) => (s.neg === null ? [] : [s.neg]));
  if (neg.length === 0) return { pos: join(pos, 'OR'), neg: null };
  const excluded = join(neg, 'AND') as string;
  return { pos: null, neg: pos.length === 0 ? excluded : `${group(excluded)} NOT ${group(join(pos, 'OR') as string)}` };
}

/** P - N, folded into one FTS5 expression when P exists. */
function minus(pos: string | null, neg: string | null): FtsSet {
  if (pos === null || neg === null) return { pos, neg };
  return { pos: `${group(pos)} NOT ${group(neg)}`, neg: null };
}

function join(parts: string[], op: 'AND' | 'OR'): string | null {
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] as string) : parts.map(group).join(` ${op} `);
}

/** Parenthesises a compiled expression unless it is one string or one NEAR group. */
function group(expr: string): string {
  return isAtom(expr) ? expr : `(${expr})`;
}

function isAtom(expr: string): boolean {
  return /^"(?:[^"]|"")*"\*?$/.test(expr) || /^NEAR\((?:[^"()]|"(?:[^"]|"")*")*\)$/.test(expr) || isWrapped(expr);
}

/** True for `( … )` where the first parenthesis closes at the very end (strings skipped). */
function isWrapped(expr: string): boolean {
  if (!expr.startsWith('(')) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i];
    if (ch === '"') inString = !inString;
    else if (!inString && ch === '(') depth++;
    else if (!inString && ch === ')' && --depth === 0) return i === expr.length - 1;
  }
  return false;
}

/**
 * One term as an FTS5 string: `"word"`, `"two words"`, `"negotiat"*`, a word with its variants,
 * or a phrase with the Arabic article left out, changed or put in (`arabicArticle.ts`).
 */
function termFts(term: QueryTerm, variants: ToFtsOptions['variants']): string {
  const exact = exactFts(term);
  if (term.kind === 'phrase') {
    // The Arabic article is optional inside a phrase: "Bashar Assad" finds "Bashar al-Assad".
    const forms = articleForms(term.words.map(searchForm));
    return forms.length === 0 ? exact : `(${[exact, ...forms.map((f) => quote(f.join(' ')))].join(' OR ')})`;
  }
  const key = term.words[0];
  if (term.kind !== 'word' || term.words.length !== 1 || key === undefined || !variants) return exact;
  const others = (variants.get(key) ?? []).filter((v) => v !== key && v !== term.text);
  return others.length === 0 ? exact : `(${[exact, ...others.map(quote)].join(' OR ')})`;
}

/** One term as typed: `"word"`, `"two words"`, `"negotiat"*`. */
function exactFts(term: QueryTerm): string {
  const beginning =
    term.kind === 'prefix' || (term.kind === 'word' && term.words.length === 1 && matchesInside(term.words[0] as string));
  return quote(searchForm(term.text)) + (beginning ? '*' : '');
}

/**
 * An FTS5 string literal: the tokenizer splits it into words, so it is a phrase at most. Words of
 * Chinese, Japanese or Thai come already split by ICU ({@link searchForm}), as the index's text did.
 */
function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
