/**
 * The channel and event names alone, with no zod: the sandboxed preload imports these, and a
 * sandboxed preload can load nothing but its own bundle. channels.ts checks at compile time that
 * this list and the contract's channels are the same set.
 */
export const CHANNEL_NAMES = [
  'library:info',
  'library:check',
  'library:repair',
  'library:backup',
  'library:backups',
  'library:restore',
  'articles:list',
  'articles:get',
  'articles:correct',
  'articles:correctMany',
  'search:query',
  'search:saved:list',
  'search:saved:add',
  'search:saved:delete',
  'search:recent:list',
  'search:recent:clear',
  'import:tables',
  'import:paths',
  'import:cancel',
  'import:latestReport',
  'watch:list',
  'watch:add',
  'watch:remove',
  'stories:list',
  'stories:rename',
  'stories:move',
  'stories:merge',
  'stories:split',
  'stories:regroup',
  'dialog:pickImportPaths',
  'annotations:create',
  'annotations:get',
  'annotations:update',
  'annotations:delete',
  'annotations:restore',
  'annotations:list',
  'annotations:counts',
  'annotations:tags',
  'annotations:colours:get',
  'annotations:colours:set',
  'export:render',
  'export:cancel',
  'export:settings:get',
  'export:settings:set',
  'annotations:import'
] as const;

export const EVENT_NAMES = ['menu:command', 'import:progress', 'export:progress', 'library:changed'] as const;
