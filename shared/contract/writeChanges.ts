import type { z } from 'zod';
import type { ExternalChange } from './channels';
import type { CHANNEL_NAMES } from './names';

type Channel = (typeof CHANNEL_NAMES)[number];
/** What a write changed, in the engine's vocabulary (`library:changed`, `external`: areas and article ids). */
export type WriteChange = z.output<typeof ExternalChange>;

/** Beyond this many articles a change names none (every open article is fetched again), as the engine's digest does. */
const MAX_IDS = 200;

/** The article ids a call names (`id`, or `ids` up to {@link MAX_IDS}); undefined when it names none or too many. */
function idsOf(input: unknown): number[] | undefined {
  const { id, ids } = (typeof input === 'object' && input !== null ? input : {}) as { id?: unknown; ids?: unknown };
  const named = Array.isArray(ids) ? ids : [id];
  if (named.length === 0 || named.length > MAX_IDS || !named.every((n) => Number.isInteger(n))) return undefined;
  return [...new Set(named as number[])].sort((a, b) => a - b);
}

const only =
  (...areas: WriteChange['areas']) =>
  (): WriteChange => ({ areas });
const NOTHING = only();
/** Anything may have changed: the pages fetch all they show, as before changes were named. */
const EVERYTHING = (): undefined => undefined;

/**
 * What each call that writes the library changes, for the other pages of one browser-mode server
 * (electron/serve/server.ts): the same areas and ids the engine's digest names for another
 * process's write (changeDigest.ts), so a tab refetches what another tab changed, not everything.
 * `undefined` means anything (a restore, a repair). Added articles are named by the area alone;
 * a deletion names no ids (articles linked to the deleted ones as near-duplicates change too).
 * NB: every channel that is not a read (writes.ts) must be here: writeChanges.test.ts fails otherwise.
 */
export const WRITE_CHANGES: Readonly<Partial<Record<Channel, (input: unknown) => WriteChange | undefined>>> = {
  'library:repair': EVERYTHING,
  'library:restore': NOTHING,
  'library:cancelRestore': NOTHING,
  // A backup is a file: the pages ask for the backups again on any change.
  'library:backup': NOTHING,
  'library:keepBackups': only('settings'),
  'articles:correct': (input) => ({ areas: ['articles'], articleIds: idsOf(input) ?? [] }),
  'articles:correctMany': (input) => {
    const ids = idsOf(input);
    return ids ? { areas: ['articles'], articleIds: ids } : { areas: ['articles'] };
  },
  'articles:delete': only('articles', 'stories', 'annotations'),
  // Only with `record`: the search is remembered.
  'search:query': only('recent-searches'),
  'search:saved:add': only('saved-searches'),
  'search:saved:delete': only('saved-searches'),
  'search:recent:clear': only('recent-searches'),
  // Re-imported files change existing articles (unnamed) and re-anchor their highlights.
  'import:paths': only('articles', 'stories', 'annotations'),
  'watch:add': only('watched-folders', 'articles', 'stories', 'annotations'),
  'watch:remove': only('watched-folders'),
  'stories:rename': only('stories'),
  // A story note follows its story's articles into the story they join (followStoryNotes, in the
  // same transaction): the notes panel and the searches reading notes change too (review 14, finding 5).
  'stories:move': only('stories', 'annotations'),
  'stories:merge': only('stories', 'annotations'),
  'stories:split': only('stories', 'annotations'),
  'stories:place': only('stories', 'annotations'),
  'stories:regroup': only('stories', 'annotations'),
  'annotations:create': only('annotations'),
  'annotations:update': only('annotations'),
  'annotations:delete': only('annotations'),
  'annotations:restore': only('annotations'),
  'annotations:import': only('annotations'),
  'annotations:colours:set': only('settings'),
  'export:settings:set': only('settings')
};

/**
 * What a successful call on `channel` changed, for the other pages; undefined when it cannot be
 * told (the pages then fetch everything).
 *
 * @example
 * changeOfWrite('articles:correct', { id: 4, changes: { outlet: 'BBC' } }) // { areas: ['articles'], articleIds: [4] }
 */
export function changeOfWrite(channel: string, input: unknown): WriteChange | undefined {
  return WRITE_CHANGES[channel as Channel]?.(input);
}
