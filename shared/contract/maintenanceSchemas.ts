import { z } from 'zod';

/** One thing a library check found (electron/library/maintenance/checkLibrary.ts). */
export const LibraryProblem = z.object({
  kind: z.enum(['damage', 'full-text', 'stories', 'annotations', 'snapshot', 'references']),
  /** A sentence for a person: what is wrong and what it affects. */
  message: z.string(),
  /** True when a repair rebuilds it from the articles without losing anything. */
  derived: z.boolean()
});

/** The answer of `library:check`. */
export const LibraryCheck = z.object({
  ok: z.boolean(),
  problems: z.array(LibraryProblem),
  counts: z.object({
    articles: z.number().int().nonnegative(),
    indexed: z.number().int().nonnegative(),
    inStories: z.number().int().nonnegative(),
    annotations: z.number().int().nonnegative()
  }),
  snapshotBehind: z.number().int().nonnegative()
});

/** What a recovery of a damaged library read out of one table (electron/library/maintenance/recoverLibrary.ts). */
export const TableRecovery = z.object({
  table: z.string(),
  recovered: z.number().int().nonnegative(),
  /** Stretches that could not be read, by rowid: after the row `after` (null: from the start), before `before` (null: to the end). */
  lost: z.array(z.object({ after: z.number().int().nullable(), before: z.number().int().nullable() })),
  /** Set when nothing of the table could be read: the sentence saying so. */
  unreadable: z.string().optional()
});

/**
 * The answer of `library:repair`: the check before and after, and what was rebuilt. On a damaged
 * library, `recovery`: what was read into a new library, which takes the damaged file's place when
 * the app next starts (the damaged file is kept beside it).
 */
export const LibraryRepair = z.object({
  before: LibraryCheck,
  after: LibraryCheck,
  rebuilt: z.array(z.string()),
  recovery: z.object({ tables: z.array(TableRecovery), somethingLost: z.boolean(), restartRequired: z.literal(true) }).optional()
});

/** One backup file (`library:backup`, `library:backups`). */
export const BackupInfo = z.object({
  file: z.string(),
  createdAt: z.string(),
  /** `manual`, `daily` or `before-migration-<from>-<to>`. */
  reason: z.string(),
  bytes: z.number().int().nonnegative(),
  /**
   * A backup taken under an older naming that may belong to another library in the folder: a
   * `library-…` one listed for a library of another name, or a `<stem>-…` one while another file
   * shares the stem (`news` beside `news.sqlite`). Offered for restore, never pruned.
   */
  olderName: z.literal(true).optional()
});

/** A copy of the library written where the user said (`library:backupTo`), checked before it was kept. */
export const BackupCopy = z.object({
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  /** Articles in the copy, counted on the copy. */
  articles: z.number().int().nonnegative(),
  /** The copy passed `integrity_check` (a copy that fails it is not kept). */
  verified: z.literal(true)
});

/**
 * The answer of `library:restore`: the backup is checked now and put in place when the app next
 * starts (the open library cannot be swapped under the running app).
 */
export const LibraryRestorePending = z.object({ backup: BackupInfo, restartRequired: z.literal(true) });
