import type { SearchMatch, SearchResponse, SearchSort } from '@shared/contract/schemas';
import { type RankedList, reciprocalRankFusion } from '@shared/search/fuse';
import { parseQuery } from '@shared/search/parseQuery';
import { toFts } from '@shared/search/toFts';
import { bodyTerms } from '@shared/search/bodyTerms';
import type { QueryFilters, QueryTerm } from '@shared/search/types';
import { variantMap } from '@shared/search/variantMap';
import type { ReadableDb } from '../db/connection';
import { facetsOf } from './facets';
import { type DatelessCount, filterCondition } from './filters';
import { fileDatedArticles } from './fileDatedArticles';
import { storyFilterNotes } from './storyFilterNotes';
import { tagFilterNotes } from './tagFilterNotes';
import { highlightTerms, hitRows, mergeWordMaps, toHit } from './hits';
import { matchLocator } from '@shared/search/snippetRegion';
import { type FilterSet, countSet, idsMatching, newestInSet, setRows } from './matchSet';
import { type MatchRow, extraRows, newestFirst, unionRows } from './scan';
import type { MiniDoc } from '@shared/search/miniDocs';
import { narrowExclusions } from './exclusionSpellings';
import { exactFts, matchKind, type PassContext, runPass, wordDf } from './passes';
import type { PersistentMiniSearch } from './persistentMiniSearch';
import { anyOfQuery, positiveParts } from '@shared/search/relax';
import { isContentWord, rankQuestion } from './question';
import { getSearchIndex } from './searchIndex';
import { DEFAULT_TUNING, type SearchTuning } from './tuning';
import { sharesContextIn } from './nameContext';
import { isNameIn } from './nameWords';
import { getVariantIndex } from './vocabulary';
import { searchNotes } from '../annotations/searchNotes';
import { tagSpellings } from '../annotations/tagSpellings';

/** Options of {@link searchArticles}. */
export interface SearchArticlesOptions {
  /** Hits returned. Default 50. */
  readonly limit?: number;
  /** `relevance` (default) or `date`: newest first, over the same matching articles. */
  readonly sort?: SearchSort;
  /** Count facets over every matching article. Default false (the channel asks for them). */
  readonly facets?: boolean;
  /**
   * The MiniSearch index to use: by default the library's ({@link getSearchIndex}), if loaded;
   * null searches FTS5 alone (the evaluation compares the two).
   */
  readonly mini?: PersistentMiniSearch<MiniDoc> | null;
  /** Ranking knobs; the evaluation sweeps them. */
  readonly tuning?: Partial<SearchTuning>;
  /**
   * Match, in place of the query's `date:` filter, the articles it cannot match: those with no
   * publication date, or only a file-saved one inside its range. How the notes count them.
   */
  readonly dateless?: DatelessCount;
}

/** A hit before its snippet is made. */
export interface RankedHit {
  readonly id: number;
  readonly score: number;
  readonly match: SearchMatch;
}

/** Everything of a search response but the hits' snippets: what {@link rankArticles} returns. */
export type RankedSearch = Omit<SearchResponse, 'hits' | 'noteHits'> & {
  readonly ranked: RankedHit[];
  /** The query's positive terms outside field filters, and per typed word every other word it matched: for snippets. */
  readonly queryTerms: readonly QueryTerm[];
  readonly marked: ReadonlyMap<string, readonly string[]>;
};

/**
 * Searches the library with the full query language (docs/search.md): words, phrases, OR,
 * exclusions, prefixes, NEAR, and metadata filters. Several ranked lists are fused by reciprocal
 * rank: FTS5's BM25 for the query as typed and with spelling variants (Deraa finds Daraa), and
 * MiniSearch's prefix and fuzzy matches of the bare words (negotiat finds negotiations), in that
 * order of trust. A long query few articles match in full is also searched as "any of its
 * words" (see `relax.ts`). Never throws on what the user typed: malformed parts are read as
 * words, with a note.
 *
 * `total` and `facets` count every matching article; `sort: 'date'` orders the same set by date.
 */
export function searchArticles(
  db: ReadableDb,
  query: string,
  limitOrOptions: number | SearchArticlesOptions = {}
): SearchResponse {
  const options = typeof limitOrOptions === 'number' ? { limit: limitOrOptions } : limitOrOptions;
  const { ranked, queryTerms, marked, ...response } = rankArticles(db, query, options);
  const rows = hitRows(
    db,
    ranked.map((r) => r.id)
  );
  const locator = matchLocator(queryTerms, marked);
  const limit = options.limit ?? 50;
  const parsed = parseQuery(query);
  // `in:notes`: the user's notes and highlights the query finds, in place of the articles.
  const inNotes = parsed.inNotes ? searchNotes(db, parsed, limit) : null;
  const notes = inNotes ? [...new Set([...response.notes, ...inNotes.notes])] : response.notes;
  return {
    ...response,
    notes,
    noteHits: inNotes?.hits ?? [],
    hits: ranked.flatMap((r) => {
      const row = rows.get(r.id);
      return row ? [toHit(row, queryTerms, marked, r.score, r.match, locator)] : [];
    })
  };
}

/** {@link searchArticles} without the snippets: the ranking, counts and facets. */
export function rankArticles(db: ReadableDb, query: string, options: SearchArticlesOptions = {}): RankedSearch {
  const limit = options.limit ?? 50;
  const sort = options.sort ?? 'relevance';
  const withFacets = options.facets ?? false;
  const tuning = { ...DEFAULT_TUNING, ...options.tuning };
  const parsed = parseQuery(query);
  // The words the text is marked with: a title: filter's words narrow the articles, mark nothing.
  const marks = bodyTerms(parsed.text);
  const spellings = tagSpellings(db);
  const fileDated = fileDatedArticles(db);
  const counting = options.dateless !== undefined;
  const { where, notes: filterNotes } = filterCondition(parsed.filters, {
    spellings,
    fileDated,
    ...(options.dateless ? { dateless: options.dateless } : {})
  });
  const filtered = where.query !== '1';
  const notes = [
    ...parsed.notes,
    ...filterNotes,
    ...(counting
      ? []
      : [...storyFilterNotes(db, parsed.filters.story), ...tagFilterNotes(db, parsed.filters.tag, parsed.inNotes === true, spellings)])
  ];
  if (parsed.filters.date && !counting) {
    const count = (dateless: DatelessCount) => () =>
      rankArticles(db, query, { ...options, dateless, limit: 1, facets: false, sort: 'date' }).total;
    notes.push(...datelessNotes(query, count('undated'), fileDated.size ? count('fileSaved') : () => 0));
  }
  const searchIndex = options.mini === undefined ? getSearchIndex(db) : null;
  const mini = searchIndex ? (parsed.text ? searchIndex.current() : null) : (options.mini ?? null);
  const base = {
    query,
    notes,
    sort,
    relaxed: false,
    fuzzyIndex: searchIndex?.state ?? ('ready' as const),
    queryTerms: marks,
    fuzzy: {}
  };
  if (parsed.inNotes) {
    // `in:notes` searches the notes and highlights alone (`noteHits`): an article listed for it
    // would have no note holding the words, and its snippet nothing to show for them.
    notes.push('in:notes searches only your notes and highlighted passages: take it out to search the articles.');
    return { ...base, total: 0, ranked: [], terms: highlightTerms(marks, new Map()), variants: {}, facets: null, marked: new Map() };
  }
  const vocabulary = parsed.text ? getVariantIndex(db) : null;
  // Respellings only between words this library writes as names (Deraa/Daraa, not Deraa/dairy).
  // `Daraa -Deraa`: an excluded spelling of a searched word leaves out that spelling only.
  const { variants, notes: exclusionNotes } = narrowExclusions(
    parsed,
    vocabulary ? variantMap(parsed, vocabulary, { isName: isNameIn(db), related: sharesContextIn(db) }) : new Map<string, string[]>()
  );
  notes.push(...exclusionNotes);
  const widened = toFts(parsed, { variants });

  if (widened.match === null) {
    // No positive words: filters (and exclusions) only, newest first.
    const marked = variants;
    if (!parsed.text && !hasFilters(parsed.filters))
      return { ...base, total: 0, ranked: [], terms: [], variants: {}, facets: null, marked };
    const set: FilterSet = { except: widened.except, where };
    const rows = withFacets ? setRows(db, set) : null;
    const total = rows ? rows.length : countSet(db, set);
    const ranked = newestInSet(db, set, limit, fileDated).map((id) => ({ id, score: 0, match: 'exact' as const }));
    const facets = rows ? facetsOf(db, rows, fileDated) : null;
    return {
      ...base,
      total,
      ranked,
      terms: highlightTerms(marks, variants),
      variants: Object.fromEntries(variants),
      facets,
      marked
    };
  }

  const meta = withFacets || sort === 'date';
  const context: PassContext = { db, where, filtered, variants, vocabulary, mini, tuning, meta };
  const passes = [runPass(context, parsed, false)];
  let matches = withExtras(db, passes[0]!.matches, passes[0]!.extraIds, meta);

  let relaxed = false;
  let questionList: RankedList<number> | null = null;
  const parts = positiveParts(parsed.text).length;
  if (sort === 'relevance' && matches.length < tuning.relax.below && parts >= tuning.relax.minTerms) {
    const anyText = anyOfQuery(parsed.text, tuning.relax, (w) => wordDf(vocabulary, w), articleCount(db), isContentWord);
    if (anyText) {
      const strictTotal = matches.length;
      const any = runPass(context, { ...parsed, text: anyText }, true);
      passes.push(any);
      relaxed = true;
      const question = rankQuestion(
        { db, where, filtered, articles: articleCount(db), df: (w) => wordDf(vocabulary, w), depth: tuning.depth },
        parsed,
        tuning.question
      );
      // The question's list finds other forms of its words (`construct*`): those articles match too.
      if (question) questionList = { name: 'question', ids: question, weight: tuning.question.weight };
      matches = withExtras(db, any.matches, [...new Set([...passes.flatMap((p) => p.extraIds), ...(question ?? [])])], meta);
      notes.push(
        strictTotal === 0
          ? `No article has all ${parts} words: showing articles with some of them, those with the most first.`
          : `Only ${strictTotal} ${strictTotal === 1 ? 'article has' : 'articles have'} all ${parts} words: articles with some of them follow.`
      );
    }
  }

  const stretched = mergeWordMaps(...passes.map((p) => p.stretched));
  const marked = mergeWordMaps(variants, stretched);
  const stretchedIds = new Set(passes.flatMap((p) => p.extraIds));
  let ranked: RankedHit[];
  if (sort === 'date') {
    const ids = newestFirst(matches, limit, fileDated);
    const exact = exactFts(parsed, variants).match;
    const exactIds = exact === null ? new Set<number>() : idsMatching(db, exact, ids);
    ranked = ids.map((id) => ({ id, score: 0, match: exactIds.has(id) ? 'exact' : stretchedIds.has(id) ? 'fuzzy' : 'variant' }));
  } else {
    ranked = reciprocalRankFusion([...passes.flatMap((p) => p.lists), ...(questionList ? [questionList] : [])], {
      k: tuning.k,
      limit
    }).map((f) => ({
      id: f.id,
      score: f.score,
      match: matchKind(
        f.sources.map((s) => s.list),
        stretchedIds.has(f.id)
      )
    }));
  }
  return {
    ...base,
    relaxed,
    total: matches.length,
    facets: withFacets ? facetsOf(db, matches, fileDated) : null,
    ranked,
    marked,
    terms: highlightTerms(marks, marked),
    variants: Object.fromEntries(variants),
    fuzzy: Object.fromEntries(stretched)
  };
}

/** FTS5's matches and the articles MiniSearch found beyond them: every matching article. */
function withExtras(db: ReadableDb, matches: MatchRow[], extraIds: readonly number[], meta: boolean): MatchRow[] {
  const known = new Set(matches.map((r) => r[0]));
  const extra = extraIds.filter((id) => !known.has(id));
  if (extra.length === 0) return matches;
  return unionRows(matches, meta ? extraRows(db, extra) : extra.map((id): MatchRow => [id, null, null, null, null, null]));
}

/**
 * Why `date:2005` finds nothing in a folder of undated articles: how many articles match the rest
 * of the query but have no publication date, so no date filter can match them; and how many have
 * only a file-saved date inside the filter's range, which it does not take for a publication date.
 */
function datelessNotes(query: string, countUndated: () => number, countFileSaved: () => number): string[] {
  const typed = query.match(/(?:^|\s)(date:\S+)/i)?.[1] ?? 'a date filter';
  const notes: string[] = [];
  const undated = countUndated();
  if (undated > 0)
    notes.push(
      `${undated.toLocaleString('en')} ${undated === 1 ? 'article that matches the rest has' : 'articles that match the rest have'} no date, so ${typed} cannot match ${undated === 1 ? 'it' : 'them'} — set dates with Edit details (pick the articles in the library).`
    );
  const fileSaved = countFileSaved();
  if (fileSaved > 0)
    notes.push(
      `${fileSaved.toLocaleString('en')} ${fileSaved === 1 ? 'article that matches the rest has' : 'articles that match the rest have'} only a file-saved date in ${typed}, the day the file was saved, not a publication date, so ${typed} does not match ${fileSaved === 1 ? 'it' : 'them'} — set dates with Edit details (pick the articles in the library).`
    );
  return notes;
}

function articleCount(db: ReadableDb): number {
  return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
}

function hasFilters(f: QueryFilters): boolean {
  return Boolean(
    f.date || [f.outlet, f.author, f.lang, f.tag, f.story].some((v) => v.include.length > 0 || v.exclude.length > 0)
  );
}
