import type { Channel, EventPayload } from '@shared/contract/channels';
import { articlesWritten } from '@shared/import/counts';

/**
 * What a query reads, named the way changes are announced: a write made in the window, or the
 * engine's `library:changed`, invalidates topics, and every cached answer reading one of them is
 * fetched again (or dropped, when nothing on screen shows it).
 *
 * - `articles`: the library's content (an import finished, details edited, a repair);
 * - `article-rows`: more rows committed while an import runs: only the list and its count follow
 *   these (searches, stories and saved-search counts wait for the import to end, as they did);
 * - `stories`: the grouping (a move, merge, split, rename, regroup, grouping in the background);
 * - `saved-searches`, `recent-searches`: as named;
 * - `annotations`: highlights and notes (re-anchored after an import);
 * - `article-text`: an article's body changed under the reader (a changed file imported again,
 *   which the engine announces with the highlights it re-anchored);
 * - `settings`: the colours' meanings and the export settings; `backups`: the library's backups; `watched-folders`: as named.
 */
export type Topic =
  | 'articles'
  | 'article-rows'
  | 'stories'
  | 'annotations'
  | 'article-text'
  | 'saved-searches'
  | 'recent-searches'
  | 'settings'
  | 'backups'
  | 'watched-folders';

/**
 * The channels the UI reads through the query layer, each with the topics its answer depends on.
 * A channel missing here cannot be given to `useQuery` (the type below says so), so no answer is
 * cached without saying what makes it stale.
 */
export const CHANNEL_TOPICS = {
  'library:info': ['articles', 'article-rows'],
  'articles:list': ['articles', 'article-rows'],
  'search:query': ['articles', 'stories'],
  'stories:list': ['articles', 'stories'],
  'search:saved:list': ['articles', 'stories', 'saved-searches'],
  'search:recent:list': ['recent-searches'],
  'articles:get': ['articles', 'article-text'],
  // A highlight or note carries the title of its article or story as it is now (review 15, #9).
  'annotations:list': ['annotations', 'articles', 'stories'],
  'annotations:counts': ['annotations'],
  'annotations:tags': ['annotations'],
  'annotations:colours:get': ['settings'],
  'export:settings:get': ['settings'],
  'library:backups': ['backups'],
  'watch:list': ['watched-folders']
} as const satisfies Partial<Record<Channel, readonly Topic[]>>;

/** A channel the query layer may read. */
export type QueryChannel = keyof typeof CHANNEL_TOPICS;

/** Query words that read highlights and notes: `tag:` filters by them, `in:notes` searches them. */
const READS_NOTES = /\btag:|\bin:notes\b/i;

/**
 * The topics one answer depends on: its channel's, and `annotations` for a search that reads
 * highlights and notes — its facets (the Tag facet counts tagged articles; `facets` is on unless
 * asked off), a `tag:` filter or `in:notes` hits — and for the saved searches' counts (any may
 * hold `tag:`). A search without them (facets off, as the recent-search record asks) is not fetched
 * again after each highlight.
 */
export function topicsOfQuery(channel: QueryChannel, input: unknown): readonly Topic[] {
  const topics: readonly Topic[] = CHANNEL_TOPICS[channel];
  if (channel === 'search:saved:list') return [...topics, 'annotations'];
  if (channel !== 'search:query') return topics;
  const { query, facets } = input as { query: string; facets?: boolean };
  return facets !== false || READS_NOTES.test(query) ? [...topics, 'annotations'] : topics;
}

/**
 * Answers that change with no announcement (a backup made at start, a watched folder's last
 * scan): forgotten as soon as nothing shows them, so the dialog asks again each time it opens.
 */
export const FORGET_UNWATCHED: ReadonlySet<QueryChannel> = new Set<QueryChannel>(['library:backups', 'watch:list']);

const NOTHING: readonly Topic[] = [];
/** What another process can write: every topic (`article-rows` is read only with `articles`). */
const EXTERNAL: readonly Topic[] = [
  'articles',
  'stories',
  'annotations',
  'article-text',
  'saved-searches',
  'recent-searches',
  'settings',
  'backups',
  'watched-folders'
];

/** The topics of each area another process's write is told to have changed (`ExternalChange`). */
const AREA_TOPICS: Record<NonNullable<Extract<EventPayload<'library:changed'>, { reason: 'external' }>['changed']>['areas'][number], Topic> = {
  articles: 'articles',
  stories: 'stories',
  annotations: 'annotations',
  'saved-searches': 'saved-searches',
  'recent-searches': 'recent-searches',
  settings: 'settings',
  'watched-folders': 'watched-folders'
};

/**
 * What a `library:changed` event says changed, as topics. A watched folder that wrote nothing
 * changes nothing; grouping in the background (or a repair) may have moved any article's story;
 * another process's write (`external`) changed what the engine says it changed (its digest of the
 * library, electron/library/changeDigest.ts), or anything when it could not tell. The backups
 * are always asked again: files, not in the digest (and asked only while their dialog shows them).
 */
export function topicsOfChange(event: EventPayload<'library:changed'>): readonly Topic[] {
  switch (event.reason) {
    case 'watched-folder':
      return articlesWritten(event.report) > 0 ? ['articles', 'stories'] : NOTHING;
    case 'stories':
      return ['articles', 'stories'];
    case 'annotations':
      // Highlights are re-anchored when their article's text changed: the reader shows the new text.
      return ['annotations', 'article-text'];
    case 'external':
      // Without `changed`, the engine could not say what: everything another process may write.
      if (!event.changed) return EXTERNAL;
      return [...event.changed.areas.map((area) => AREA_TOPICS[area]), 'backups'];
  }
}

/**
 * Which of the answers reading a changed topic must be fetched again: all of them, but when
 * another process's write names the articles it changed, an open article (`articles:get`) that is
 * not one of them keeps its answer, so the reader is not redrawn (its scroll, selection and marks
 * stay as they are); so do the highlights of such an article, unless notes changed too. The list,
 * searches, stories and the notes panel still follow (a row or a title may have changed or come).
 */
export function scopeOfChange(event: EventPayload<'library:changed'>): ((channel: QueryChannel, input: unknown) => boolean) | undefined {
  if (event.reason !== 'external' || event.changed?.articleIds === undefined) return undefined;
  const ids = new Set(event.changed.articleIds);
  const notesChanged = event.changed.areas.includes('annotations');
  return (channel, input) => {
    if (channel === 'articles:get') return ids.has((input as { id: number }).id);
    if (channel !== 'annotations:list' || notesChanged) return true;
    const articleId = (input as { filter?: { articleId?: number } }).filter?.articleId;
    return articleId === undefined || ids.has(articleId);
  };
}
