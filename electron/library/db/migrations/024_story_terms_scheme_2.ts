import type { Migration } from './types';

/**
 * Changes no table: it raises the schema version so that a Crosscheck from before story term key
 * scheme 2 (35084a7) refuses to open the library (review 15, finding 8). The scheme is a setting
 * (`stories.termScheme`), which an older build neither reads nor writes: a CLI from an older
 * install beside the app would place new articles under scheme 1 keys in `story_terms` while the
 * setting still said 2, and the newer build, seeing 2, would never regroup them, so lookups would
 * miss those rows and placements drift. A build's migrations refuse a library newer than they are
 * (migrate.ts, `refuseNewer`), and leave it untouched.
 */
export const migration024: Migration = {
  version: 24,
  name: 'story-terms-scheme-2',
  up() {}
};
