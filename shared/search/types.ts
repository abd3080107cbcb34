/**
 * Types of the search query language: what `parseQuery` makes of what the user typed, and what
 * `toFts`, the highlighter and the engine consume. Plain data, so a parsed query can cross the
 * IPC boundary and be shown back to the user.
 */

/** One thing to look for in the text. */
export interface QueryTerm {
  /**
   * - `word`: one typed word (`Deraa`, `al-Sham`); spelling variants may be added to it.
   * - `phrase`: quoted words that must stand together in this order (`"busra al-sham"`).
   * - `prefix`: a word or phrase whose last word may continue (`negotiat*`, `"busra al"*`).
   */
  readonly kind: 'word' | 'phrase' | 'prefix';
  /** As typed, without quotes or `*`: what the full-text index is given, and what the UI shows. */
  readonly text: string;
  /**
   * The text split and folded the way the library's words are (`tokenize`, `foldText`):
   * `['busra', 'al-sham']`. What highlighting and variant look-up compare. Never empty.
   */
  readonly words: readonly string[];
}

/**
 * The text part of a query as a tree. Implicit AND between neighbours; `OR` binds tighter.
 *
 * @example
 * // Daraa (talks OR negotiations) -Reuters
 * { type: 'and', children: [
 *   { type: 'term', term: { kind: 'word', text: 'Daraa', words: ['daraa'] } },
 *   { type: 'or', children: [talks, negotiations] },
 *   { type: 'not', child: reuters } ] }
 */
export type QueryNode =
  | { readonly type: 'term'; readonly term: QueryTerm }
  /** All terms within `distance` words of each other (FTS5 `NEAR`). */
  | { readonly type: 'near'; readonly terms: readonly QueryTerm[]; readonly distance: number }
  | { readonly type: 'and'; readonly children: readonly QueryNode[] }
  | { readonly type: 'or'; readonly children: readonly QueryNode[] }
  /** Articles *without* the child. Under an `and` this is an exclusion; alone it means "all except". */
  | { readonly type: 'not'; readonly child: QueryNode }
  /** The child must match within one column (`title:`). */
  | { readonly type: 'column'; readonly column: 'title'; readonly child: QueryNode };

/** Metadata fields a query can filter on, besides `date:`. */
export type FilterField = 'outlet' | 'author' | 'lang' | 'tag' | 'story';

/**
 * Values of one metadata filter, as typed (unquoted, trimmed). Repeating a filter widens it:
 * `outlet:Reuters outlet:AFP` keeps articles from either. Engines compare them case- and
 * diacritic-insensitively (`foldText`).
 *
 * NB: `tag:` is read the other way, as the notes panel's tag filter is: every included tag must
 * be on the article, and a tag is compared whole, ignoring the case of ASCII letters only.
 */
export interface ValueFilter {
  /** An article must have one of these (when any are given). */
  readonly include: readonly string[];
  /** An article must have none of these (`-outlet:Reuters`). */
  readonly exclude: readonly string[];
}

/**
 * A half-open range of days: `from <= publishedAt < before`, both `YYYY-MM-DD` or null (open).
 *
 * NB: the upper bound is exclusive on purpose: `publishedAt` may be a date-time
 * (`2018-07-31T18:00Z`), and comparing it as a string with an inclusive `2018-07-31` would leave
 * out the last day. `'2018-07-31T18:00Z' < '2018-08-01'` keeps it.
 *
 * @example parseQuery('date:2018-07').filters.date // { from: '2018-07-01', before: '2018-08-01' }
 */
export interface DateRange {
  readonly from: string | null;
  readonly before: string | null;
}

/** Every filter of a query; absent filters are empty lists and a null date. */
export interface QueryFilters {
  readonly outlet: ValueFilter;
  readonly author: ValueFilter;
  readonly lang: ValueFilter;
  readonly tag: ValueFilter;
  readonly story: ValueFilter;
  /** Several `date:` filters intersect. */
  readonly date: DateRange | null;
}

/** What `parseQuery` makes of a search box. */
export interface ParsedQuery {
  /** The text part, or null when the query has no words (filters only, or nothing). */
  readonly text: QueryNode | null;
  readonly filters: QueryFilters;
  /** The positive words, phrases and prefixes (not the excluded ones), for highlighting. */
  readonly terms: readonly QueryTerm[];
  /**
   * What was ignored or reinterpreted, in words for the user (`Ignored an unmatched "`).
   * Empty for a well-formed query; the UI shows them quietly under the search box.
   */
  readonly notes: readonly string[];
  /** `in:notes`: search the user's notes and highlighted passages alone (as notes; no article hits). */
  readonly inNotes?: boolean;
}
