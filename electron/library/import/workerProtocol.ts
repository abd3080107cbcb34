import type { ImportReport } from '@shared/contract/schemas';
import type { StoriesJobProgress } from '../stories/jobProgress';
import type { ImportProgress } from './importPaths';
import type { FieldDefaults } from './prepareArticle';

/** What the host sends the import worker as `workerData`. */
export interface WorkerRequest {
  readonly file: string;
  /** The file the host opened (libraryIdentity.ts): the worker opens no other, and makes none. */
  readonly libraryIdentity?: string;
  readonly paths: readonly string[];
  readonly nativeBinding?: string;
  readonly collection?: string | null;
  /** Outlet and language for articles whose files give none. */
  readonly defaults?: FieldDefaults;
  /** Column mappings for table files, by absolute path. */
  readonly mappings?: Readonly<Record<string, Partial<Record<string, string>>>>;
  /** The column mapping for every table file not in {@link mappings}. */
  readonly tableMapping?: Partial<Record<string, string>>;
  /** False: leave the new articles in no story (the next import or start groups them). */
  readonly group?: boolean;
  /**
   * The host's cancel as a shared memory word (workers/abortFlag.ts: an AbortSignal at both ends):
   * the worker's loop reads files synchronously and never yields to receive a message.
   */
  readonly cancelFlag: SharedArrayBuffer;
}

/** What the import worker posts back. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  /** Every file is in; the new articles are being grouped into stories. */
  | { readonly type: 'grouping'; readonly progress: ImportProgress }
  /** Where that grouping is (the host passes it on as `stories:progress`). */
  | { readonly type: 'stories'; readonly progress: StoriesJobProgress }
  | { readonly type: 'done'; readonly report: ImportReport }
  /** `disk-full`: the disk ran out of space; `message` says how much was saved. */
  | { readonly type: 'error'; readonly message: string; readonly code?: 'disk-full' };
