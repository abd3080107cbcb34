import type { FacetValue, SearchFacets } from '@shared/contract/schemas';
import { formatCount, formatPublished } from '../../lib/format';
import { hasFilter } from './queryFilters';

/** The facets of a search, by their key in the response. */
export type FacetKey = keyof SearchFacets;

/** The facet groups in the order the bar shows them. */
export const FACET_GROUPS: ReadonlyArray<{ readonly key: FacetKey; readonly title: string; readonly many: string }> = [
  { key: 'outlet', title: 'Outlet', many: 'outlets' },
  { key: 'month', title: 'Month', many: 'months' },
  { key: 'language', title: 'Language', many: 'languages' },
  { key: 'story', title: 'Story', many: 'stories' },
  { key: 'tag', title: 'Tag', many: 'tags' }
];

/** Values a group shows before "+N more"; one more than this is shown rather than "+1 more". */
export const FACET_LIMIT = 6;

/** One value of a facet as the bar shows it. */
export interface FacetChip {
  /** What a click adds to or takes from the query (`outlet:"Reuters"`). */
  readonly filter: string;
  /** `Reuters`, `Jul 2018`, `English`, a story's name. */
  readonly label: string;
  readonly count: number;
  /** The query has this value's filter: a click takes it out. */
  readonly active: boolean;
}

/** One facet group as the bar shows it. */
export interface FacetRow {
  readonly key: FacetKey;
  readonly title: string;
  /** The chips on screen, in the engine's order (months oldest first). */
  readonly chips: readonly FacetChip[];
  /** Values not on screen (collapsed, or past the limit). */
  readonly hidden: number;
  /** False when the user folded the group: only its active values show. */
  readonly open: boolean;
  /** True when the user asked for every value. */
  readonly expanded: boolean;
  /** The label of the button that shows the hidden values (`+4 more`, `+12 earlier`), or null. */
  readonly more: string | null;
  /** True when the group shows every value and could show fewer again. */
  readonly fewer: boolean;
  /** What a folded group says it holds (`3 outlets`). */
  readonly summary: string;
}

/** Which groups the user folded and which they expanded to every value. */
export interface FacetView {
  readonly collapsed: ReadonlySet<string>;
  readonly expanded: ReadonlySet<string>;
}

/** Options of {@link facetRows}. */
export interface FacetRowsOptions {
  /** Values a group shows before "+N more". */
  readonly limit?: number;
  /**
   * The query the facets were counted for, when the search box has moved on and the new answer
   * is on its way. A group it uses stays, so the chip just clicked (and focused) does not vanish
   * for the moment between the click and the answer.
   */
  readonly countedFor?: string;
}

/**
 * The facet groups to show for a search. A group with one value or none says nothing about the
 * results and is left out — unless the query uses one of its values, which must stay visible to
 * be taken out again. Values the query uses are always on screen, folded group or not.
 *
 * Months are listed oldest first, so past the limit the most recent ones show and the rest are
 * "earlier"; other groups come most frequent first and show their top values.
 */
export function facetRows(facets: SearchFacets, query: string, view: FacetView, options: FacetRowsOptions = {}): FacetRow[] {
  const { limit = FACET_LIMIT, countedFor = query } = options;
  const rows: FacetRow[] = [];
  for (const group of FACET_GROUPS) {
    const values = facets[group.key];
    const chips = values.map((value) => chipOf(group.key, value, query));
    const inUse = chips.some((c) => c.active) || (countedFor !== query && values.some((v) => hasFilter(countedFor, v.filter)));
    if (chips.length < 2 && !inUse) continue;
    const open = !view.collapsed.has(group.key);
    const expanded = view.expanded.has(group.key);
    const shown = !open
      ? chips.filter((c) => c.active)
      : expanded || chips.length <= limit + 1
        ? chips
        : within(chips, group.key === 'month' ? [chips.length - limit, chips.length] : [0, limit]);
    const hidden = chips.length - shown.length;
    rows.push({
      key: group.key,
      title: group.title,
      chips: shown,
      hidden,
      open,
      expanded,
      more: open && hidden > 0 ? `+${formatCount(hidden)} ${group.key === 'month' ? 'earlier' : 'more'}` : null,
      fewer: open && expanded && chips.length > limit + 1,
      summary: `${formatCount(chips.length)} ${group.many}`
    });
  }
  return rows;
}

/** The chips in `[from, to)`, and any active chip outside it, in their order. */
function within(chips: readonly FacetChip[], [from, to]: [number, number]): FacetChip[] {
  return chips.filter((chip, index) => chip.active || (index >= from && index < to));
}

function chipOf(key: FacetKey, value: FacetValue, query: string): FacetChip {
  return { filter: value.filter, label: facetLabel(key, value), count: value.count, active: hasFilter(query, value.filter) };
}

/**
 * A facet value as a reader says it: months as the locale writes them (`Jul 2018`), languages by
 * name (`English` for `en`; an unknown code as it is), outlets, stories and tags as they are.
 */
export function facetLabel(key: FacetKey, value: FacetValue, locale?: string): string {
  if (key === 'month') return formatPublished(value.value) || value.label;
  if (key === 'language') return languageName(value.value, locale) ?? value.label;
  return value.label;
}

function languageName(code: string, locale?: string): string | undefined {
  try {
    const name = new Intl.DisplayNames(locale, { type: 'language', fallback: 'none' }).of(code);
    return name || undefined;
  } catch {
    // Not a language code (a library's metadata can hold anything): show it as it is.
    return undefined;
  }
}
