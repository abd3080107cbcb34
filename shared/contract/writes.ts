import type { CHANNEL_NAMES } from './names';

type Channel = (typeof CHANNEL_NAMES)[number];

/**
 * Channels that never write the library: asking them changes nothing another page shows.
 * Jobs' cancels are here too: the job itself ends with the call that started it.
 * NB: a channel missing here is taken as a write, so a new channel can at worst make other
 * pages fetch again for nothing, never leave them showing what is no longer so.
 */
const READ_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'library:info',
  'library:check',
  'library:backups',
  // A copy of the library elsewhere: it reads the library and writes only the copy.
  'library:backupTo',
  'articles:list',
  'articles:get',
  'search:saved:list',
  'search:recent:list',
  'import:tables',
  'import:cancel',
  'import:latestReport',
  'watch:list',
  'stories:list',
  'stories:cancel',
  'compare:articles',
  'compare:align',
  'dialog:pickImportPaths',
  'dialog:saveExport',
  'window:setTheme',
  'annotations:get',
  'annotations:list',
  'annotations:counts',
  'annotations:tags',
  'annotations:colours:get',
  'export:render',
  'export:cancel',
  'export:settings:get',
  // The desktop host's choice of library: a switch writes no library (browser mode refuses them).
  'library:recent',
  'library:open',
  'library:create',
  'library:forgetRecent',
  'library:clearRecent'
]);

/**
 * Whether a call on `channel` with `input` may have written the library, so that a host serving
 * several pages (browser mode's tabs) tells the others to fetch what they show again.
 * `search:query` writes only when asked to remember the search (`record`).
 *
 * @example
 * writesLibrary('annotations:create', { ... }) // true
 * writesLibrary('search:query', { query: 'x' }) // false
 */
export function writesLibrary(channel: string, input: unknown): boolean {
  if (channel === 'search:query')
    return typeof input === 'object' && input !== null && (input as { record?: unknown }).record === true;
  return !READ_CHANNELS.has(channel as Channel);
}
