/**
 * Wire copies: articles that all derive from one agency story (AFP, Reuters, AP…), found by how
 * much text they share, with the likely original and the credits each article gives.
 */
import { namedCredits } from '@shared/import/credits';
import { extractTextMetadata } from '@shared/import/metadata';
import { alignPairs, overlapShares } from '../analysis/pairLinks';
import { prepareArticle } from '../analysis/prepared';
import { UnionFind } from '../analysis/unionFind';

/** An article to check for wire copies. */
export interface WireArticle {
  readonly id: string;
  readonly text: string;
  /**
   * Credits stored at import (`AFP`, `Reuters`), which import read from this same text with
   * `extractTextMetadata`. When absent, the text is read for credits here.
   */
  readonly wireCredits?: readonly string[];
  /** ISO 8601 date or date-time. */
  readonly publishedAt?: string;
}

/** Why an article was picked as a group's likely original. */
export type OriginalReason = 'most complete' | 'credited' | 'earliest';

/** Articles derived from one wire story. */
export interface WireGroup {
  /** `w1`, `w2`… */
  readonly id: string;
  /** Members, the likely original first, then in the order given. */
  readonly articleIds: string[];
  /**
   * The member closest to the wire story: it holds most of what the others share, credits the
   * agency, or came first — the last only when every member is dated.
   */
  readonly originalId: string;
  /** What set the original apart from the other members (empty when nothing did and order decided). */
  readonly reasons: OriginalReason[];
  /**
   * Members with no publication date (a date from the file's properties does not count: the
   * caller leaves it out), in the order of `articleIds`. While any member is undated the dates
   * decide nothing: an undated copy may have come out before or after a dated one.
   */
  readonly undatedIds: string[];
  /** The agency most members credit, when any does (`AFP`). */
  readonly agency?: string;
  /** For each member: the share of its words found in some other member. */
  readonly coverage: Record<string, number>;
}

/** The wire credits an article gives (`AFP`, `Reuters`): named agencies only. */
export interface ArticleCredits {
  readonly articleId: string;
  readonly credits: string[];
}

export interface WireResult {
  readonly groups: WireGroup[];
  readonly credits: ArticleCredits[];
}

/** Tuning of {@link wireGroups}. */
export interface WireOptions {
  /**
   * Least share of one article's words found in the other for two articles to be copies of one
   * story (the larger of the two directions). Default 0.5: a copy cut to half still counts, a
   * story quoting one wire sentence does not.
   */
  readonly minShare?: number;
  /** Least share in the other direction, so a long piece embedding a short brief is no copy of it. Default 0.25. */
  readonly minReverseShare?: number;
}

/**
 * Finds wire-copy groups among articles, aligning every pair (see `compareArticles` to reuse one
 * alignment for everything).
 *
 * @throws {AlignAbortedError} when `signal` is aborted.
 */
export function findWireGroups(
  articles: readonly WireArticle[],
  options: WireOptions & { signal?: AbortSignal } = {}
): WireResult {
  const prepared = articles.map((a) => prepareArticle(a.text));
  const shares = overlapShares(prepared, alignPairs(prepared, options.signal));
  return wireGroups(articles, shares, options);
}

/**
 * Wire-copy groups from an overlap matrix (`shares[i][j]`: share of article `i`'s words found in
 * article `j`): articles linked when they share enough both ways, groups are the connected sets.
 *
 * The original is the member that holds most of the others' shared text (rounded to a tenth, so
 * near-ties go on), then one that credits a named agency, then — only when every member carries a
 * publication date — the earliest, then the first given. An undated member proves nothing about
 * order, so it is never "later" than a dated one, and then no member is called the earliest.
 */
export function wireGroups(
  articles: readonly WireArticle[],
  shares: readonly (readonly number[])[],
  options: WireOptions = {}
): WireResult {
  const minShare = options.minShare ?? 0.5;
  const minReverse = options.minReverseShare ?? 0.25;
  const credits = articles.map(creditsOf);
  const n = articles.length;
  const uf = new UnionFind(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const ij = shares[i]?.[j] ?? 0;
      const ji = shares[j]?.[i] ?? 0;
      if (Math.max(ij, ji) >= minShare && Math.min(ij, ji) >= minReverse) uf.union(i, j);
    }
  }
  const groups = uf
    .groups(2)
    .sort((a, b) => a[0]! - b[0]!)
    .map((members, g) => toGroup(`w${g + 1}`, members, articles, shares, credits));
  return { groups, credits: articles.map((a, i) => ({ articleId: a.id, credits: credits[i]! })) };
}

/** Credits stored at import, else those the text gives (stored names, in order). */
function creditsOf(a: WireArticle): string[] {
  // NB: reading the text again costs more than all the quote analysis; import already did it.
  return [...new Set(namedCredits(a.wireCredits ?? extractTextMetadata(a.text).wireCredits ?? []))];
}

function toGroup(
  id: string,
  members: number[],
  articles: readonly WireArticle[],
  shares: readonly (readonly number[])[],
  credits: readonly string[][]
): WireGroup {
  const holds = (i: number) => {
    // How much of the other members' text article i holds: the original contains the copies.
    const others = members.filter((j) => j !== i);
    return others.reduce((sum, j) => sum + (shares[j]?.[i] ?? 0), 0) / others.length;
  };
  const named = (i: number) => credits[i]!.length > 0;
  const time = (i: number) => Date.parse(articles[i]!.publishedAt ?? '');
  const undated = members.filter((m) => Number.isNaN(time(m)));
  // NB: with an undated member the dates order nothing: an undated copy is not "later" (review 15, #1).
  const byDate = (a: number, b: number) => (undated.length === 0 ? time(a) - time(b) : 0);
  const ranked = [...members].sort(
    (a, b) =>
      Math.round(holds(b) * 10) - Math.round(holds(a) * 10) || Number(named(b)) - Number(named(a)) || byDate(a, b) || a - b
  );
  const original = ranked[0]!;
  const rest = members.filter((m) => m !== original);
  const reasons: OriginalReason[] = [];
  if (rest.every((m) => Math.round(holds(original) * 10) > Math.round(holds(m) * 10))) reasons.push('most complete');
  if (named(original) && rest.some((m) => !named(m))) reasons.push('credited');
  if (undated.length === 0 && rest.every((m) => time(original) < time(m))) reasons.push('earliest');

  const tally = new Map<string, number>();
  for (const m of members) for (const c of credits[m]!) tally.set(c, (tally.get(c) ?? 0) + 1);
  const agency = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const coverage: Record<string, number> = {};
  for (const m of members)
    coverage[articles[m]!.id] = Math.max(...members.filter((j) => j !== m).map((j) => shares[m]?.[j] ?? 0));
  const ordered = [original, ...rest];
  const group: WireGroup = {
    id,
    articleIds: ordered.map((m) => articles[m]!.id),
    originalId: articles[original]!.id,
    reasons,
    undatedIds: ordered.filter((m) => undated.includes(m)).map((m) => articles[m]!.id),
    coverage
  };
  return agency === undefined ? group : { ...group, agency };
}
