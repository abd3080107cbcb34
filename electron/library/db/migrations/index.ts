import type { Migration } from './types';
import { migration001 } from './001_initial';
import { migration002 } from './002_vocabulary';
import { migration003 } from './003_stories';
import { migration004 } from './004_search';
import { migration005 } from './005_near_duplicates';
import { migration006 } from './006_corrections';
import { migration007 } from './007_watched_folders';
import { migration008 } from './008_search_repair';
import { migration009 } from './009_bands_in_memory';
import { migration010 } from './010_index_on_insert';
import { migration011 } from './011_one_permutation_minhash';
import { migration012 } from './012_field_sources';
import { migration013 } from './013_annotations';
import { migration014 } from './014_list_sort_indexes';
import { migration015 } from './015_story_vectors';
import { migration016 } from './016_annotation_count_indexes';
import { migration017 } from './017_article_ids_never_reused';
import { migration018 } from './018_original_as_edits';
import { migration019 } from './019_unspaced_words';
import { migration020 } from './020_stored_search_form';
import { migration021 } from './021_original_kept_and_index_checked';
import { migration022 } from './022_annotation_ids_never_reused';
import { migration023 } from './023_original_kept_linear';
import { migration024 } from './024_story_terms_scheme_2';

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
  migration016,
  migration017,
  migration018,
  migration019,
  migration020,
  migration021,
  migration022,
  migration023,
  migration024
];
