import type MiniSearch from 'minisearch';
import type { Query, SearchResult } from 'minisearch';
import { boundedDistance } from './editDistance';
import type { QueryNode } from './types';
import { indexTerm, tokenizeMini } from './miniDocs';
import type { MiniDoc } from './miniDocs';

/** How far MiniSearch may stretch a word. */
export interface StretchOptions {
  /** Shortest word that also finds words it begins (`talk` → `talks`); the last word typed gets one letter less. */
  readonly minPrefix: number;
  /**
   * Most letters a finished word may gain (`talk` → `talks`, `talked`, `talking`, not
   * `talkative`). The last word of the query may be unfinished: it matches any word it begins.
   */
  readonly inflection: number;
  /** Shortest word matched with one edit; two edits from `twoEditsFrom` letters. */
  readonly minFuzzy: number;
  readonly twoEditsFrom: number;
  /** Whether a word the library knows well also gets fuzzy matches (`talks` → `tanks`). */
  readonly fuzzyKnownWords: boolean;
  /** MiniSearch's weights of prefix and fuzzy matches against exact ones (1). */
  readonly prefixWeight: number;
  readonly fuzzyWeight: number;
  /**
   * A word in more than this share of the library (and at least `frequentMin` articles) is left
   * to FTS5: MiniSearch's cost grows with the articles a word is in, and a word that common has
   * plenty of exact matches, which rank above anything its prefixes would add.
   */
  readonly frequentShare: number;
  readonly frequentMin: number;
}

export const DEFAULT_STRETCH: StretchOptions = {
  minPrefix: 4,
  inflection: 3,
  minFuzzy: 5,
  twoEditsFrom: 8,
  fuzzyKnownWords: false,
  prefixWeight: 0.375,
  fuzzyWeight: 0.45,
  frequentShare: 0.02,
  frequentMin: 1000
};

/** One word as MiniSearch searches it, or a group of them. */
export type PlanNode =
  | {
      readonly kind: 'word';
      readonly word: string;
      /** `any`: every word it begins; `inflection`: words a few letters longer; `none`. */
      readonly prefix: 'any' | 'inflection' | 'none';
      /** Edits allowed (0: none). */
      readonly edits: number;
    }
  | { readonly kind: 'and' | 'or'; readonly children: readonly PlanNode[] };

/** What MiniSearch can search of a query. */
export interface MiniPlan {
  /** The bare words of the query (AND at the top), or null when it has none MiniSearch indexes. */
  readonly tree: PlanNode | null;
  /** Every word in `tree`, folded. */
  readonly words: readonly string[];
  /**
   * The rest of the query's text (phrases, prefixes with `*`, NEAR, `title:`, exclusions), which
   * a MiniSearch hit must match in FTS5 as well; null when nothing is left over.
   */
  readonly rest: QueryNode | null;
}

/**
 * Splits a query's text into what MiniSearch searches — bare words, and ORs of bare words —
 * and the rest. Quotes, `*`, NEAR and `title:` are exact by design (docs/search.md), and words
 * MiniSearch does not index (function words, numbers) are left to FTS5.
 *
 * A word the library knows (found in `knownDf` articles or more) is taken as finished: it
 * matches its inflections and, with `fuzzyKnownWords`, near spellings. An unknown word may be
 * unfinished (`negotiat`) or misspelt: if it is the last word typed it matches every word it
 * begins, and it gets near spellings.
 *
 * `any: true` reads the query as "any of its words" (a long query that few articles match in
 * full): MiniSearch gets an OR of every positive bare word, and only exclusions are left over.
 *
 * @param vocabulary  In how many articles a folded word occurs (0 when unknown), and how many
 *   articles the library has.
 */
export function planMini(
  text: QueryNode | null,
  vocabulary: { readonly df: (word: string) => number; readonly knownDf: number; readonly articles: number },
  options: StretchOptions = DEFAULT_STRETCH,
  any = false
): MiniPlan {
  if (!text) return { tree: null, words: [], rest: null };
  const children = text.type === 'and' ? text.children : [text];
  const words: string[] = [];
  const lastWord = lastBareWord(text);
  const frequent = Math.max(options.frequentMin, options.frequentShare * vocabulary.articles);
  const leaf = (node: QueryNode): PlanNode => {
    const word = bareWord(node) as string;
    words.push(word);
    const known = vocabulary.df(word) >= vocabulary.knownDf;
    const edits = word.length >= options.twoEditsFrom ? 2 : word.length >= options.minFuzzy ? 1 : 0;
    const unfinished = node === lastWord && !known;
    return {
      kind: 'word',
      word,
      prefix: word.length < options.minPrefix - (unfinished ? 1 : 0) ? 'none' : unfinished ? 'any' : 'inflection',
      edits: edits > 0 && (options.fuzzyKnownWords || !known) ? edits : 0
    };
  };
  const common = (node: QueryNode): boolean => vocabulary.df(bareWord(node) as string) > frequent;
  const toPlan = (node: QueryNode): PlanNode | null => {
    if (node.type === 'term') return bareWord(node) === null || common(node) ? null : leaf(node);
    if (node.type === 'or' || node.type === 'and') {
      const parts = node.children.map(toPlan);
      return parts.some((p) => p === null) ? null : { kind: node.type, children: parts as PlanNode[] };
    }
    return null;
  };
  const group = (nodes: QueryNode[]): QueryNode | null =>
    nodes.length === 0 ? null : nodes.length === 1 ? (nodes[0] as QueryNode) : { type: 'and', children: nodes };

  if (any) {
    const leaves = children
      .filter((c) => c.type !== 'not')
      .flatMap(collectBareTerms)
      .filter((t) => !common(t))
      .map(leaf);
    return {
      tree: leaves.length ? { kind: 'or', children: leaves } : null,
      words: [...new Set(words)],
      rest: group(children.filter((c) => c.type === 'not'))
    };
  }
  const parts: PlanNode[] = [];
  const rest: QueryNode[] = [];
  for (const child of children) {
    const p = toPlan(child);
    if (p) parts.push(p);
    else rest.push(child);
  }
  return { tree: parts.length ? { kind: 'and', children: parts } : null, words: [...new Set(words)], rest: group(rest) };
}

/** The folded word of a bare-word term MiniSearch indexes as one word, else null. */
function bareWord(node: QueryNode): string | null {
  if (node.type !== 'term' || node.term.kind !== 'word' || node.term.words.length !== 1) return null;
  const word = node.term.words[0] as string;
  if (tokenizeMini(word).filter((t) => t !== '').length !== 1) return null;
  return indexTerm(word) === word ? word : null;
}

function collectBareTerms(node: QueryNode): QueryNode[] {
  if (node.type === 'term') return bareWord(node) === null ? [] : [node];
  if (node.type === 'and' || node.type === 'or') return node.children.flatMap(collectBareTerms);
  return [];
}

/** The last bare word typed, positive or not: the one the user may not have finished. */
function lastBareWord(node: QueryNode): QueryNode | undefined {
  if (node.type === 'term') return bareWord(node) === null ? undefined : node;
  if (node.type === 'and' || node.type === 'or') {
    for (let i = node.children.length - 1; i >= 0; i--) {
      const found = lastBareWord(node.children[i] as QueryNode);
      if (found) return found;
    }
  }
  return undefined;
}

/** A MiniSearch hit, best first. */
export interface MiniHit {
  readonly id: number;
  readonly score: number;
  /**
   * True when some query word matched only through a word it begins or a near spelling, so
   * FTS5 may not have found the article; false when every match was a word as typed (or one of
   * its spelling variants, which FTS5 searches too).
   */
  readonly stretched: boolean;
}

/**
 * Runs a plan. Returns the hits, best first, and for each query word the index words it was
 * stretched to (`{ negotiat: ['negotiations', 'negotiators'] }`), most frequent first.
 *
 * NB: MiniSearch's prefix search has no length limit, so a finished word's matches are checked
 * here: an article that has `bank` only as `bankruptcy` does not match `bank talks`.
 */
export function runMini(
  mini: MiniSearch<MiniDoc>,
  plan: MiniPlan,
  variants: ReadonlyMap<string, readonly string[]>,
  options: StretchOptions = DEFAULT_STRETCH
): { hits: MiniHit[]; stretched: Map<string, string[]> } {
  if (!plan.tree) return { hits: [], stretched: new Map() };
  const tree = plan.tree;
  const plain = new Set(plan.words);
  for (const w of plan.words) for (const v of variants.get(w) ?? []) plain.add(v);
  const results = mini.search(toQuery(tree), { weights: { prefix: options.prefixWeight, fuzzy: options.fuzzyWeight } });
  const counts = new Map<string, Map<string, number>>();
  const hits: MiniHit[] = [];
  for (const r of results as SearchResult[]) {
    const found = new Map<string, string[]>();
    if (!satisfied(tree, r.terms, variants, options, found)) continue;
    let stretched = false;
    for (const [word, terms] of found) {
      for (const term of terms) {
        if (plain.has(term)) continue;
        stretched = true;
        const byTerm = counts.get(word) ?? new Map<string, number>();
        byTerm.set(term, (byTerm.get(term) ?? 0) + 1);
        counts.set(word, byTerm);
      }
    }
    hits.push({ id: r.id as number, score: r.score, stretched });
  }
  const stretched = new Map<string, string[]>();
  for (const [word, byTerm] of counts) {
    const top = [...byTerm].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 8);
    stretched.set(
      word,
      top.map(([t]) => t)
    );
  }
  return { hits, stretched };
}

function toQuery(node: PlanNode): Query {
  if (node.kind !== 'word') return { combineWith: node.kind === 'and' ? 'AND' : 'OR', queries: node.children.map(toQuery) };
  return { queries: [node.word], prefix: node.prefix !== 'none', fuzzy: node.edits > 0 ? node.edits : false };
}

/**
 * Whether an article's matched words satisfy the plan with the limits MiniSearch cannot apply;
 * records in `found` which matched words each query word accounts for.
 */
function satisfied(
  node: PlanNode,
  terms: readonly string[],
  variants: ReadonlyMap<string, readonly string[]>,
  options: StretchOptions,
  found: Map<string, string[]>
): boolean {
  if (node.kind !== 'word') {
    // Every child is checked (no short cut), so `found` lists every word that matched.
    const each = node.children.map((c) => satisfied(c, terms, variants, options, found));
    return node.kind === 'and' ? each.every(Boolean) : each.some(Boolean);
  }
  const { word } = node;
  const own = terms.filter((t) => {
    if (t === word || variants.get(word)?.includes(t)) return true;
    if (node.prefix !== 'none' && t.startsWith(word) && (node.prefix === 'any' || t.length - word.length <= options.inflection))
      return true;
    return node.edits > 0 && boundedDistance(word, t, node.edits) <= node.edits;
  });
  if (own.length > 0) found.set(word, [...new Set([...(found.get(word) ?? []), ...own])]);
  return own.length > 0;
}
