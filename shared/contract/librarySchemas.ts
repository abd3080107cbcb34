import { z } from 'zod';

/**
 * The desktop app's choice of library (File → New Library…, Open Library…, Open Recent; Settings →
 * Library → Switch library…). The desktop host answers these channels itself, as they replace the
 * engine (electron/library/switching/); browser mode and the CLI stay on the library they were
 * started with and say so.
 */

/** One library of the recent list. */
export const RecentLibrary = z.object({
  /** The library file, absolute. */
  path: z.string(),
  /** Its file name, as the list and the menu show it. */
  name: z.string(),
  /** The file is no longer there (moved, deleted, a disk not connected): shown as missing, removable. */
  missing: z.boolean(),
  /** The library open now. */
  open: z.boolean()
});
export type RecentLibrary = z.infer<typeof RecentLibrary>;

/** `library:recent` and the calls that change the list. */
export const RecentLibraries = z.object({
  /** The most recent first, the open library among them. */
  recent: z.array(RecentLibrary),
  /** Present where this host cannot switch libraries (browser mode, the CLI): the sentence saying why. */
  unavailable: z.string().optional()
});
export type RecentLibraries = z.infer<typeof RecentLibraries>;

/** What `library:open` and `library:create` opened. */
export const LibraryOpened = z.object({
  /** The library now open; `null` when the dialog was cancelled (nothing changed). */
  path: z.string().nullable(),
  /** Present when it opened read-only: the first half of the sentence saying why (as `library:info`). */
  readOnly: z.string().optional()
});
export type LibraryOpened = z.infer<typeof LibraryOpened>;

/** A library file named by the caller. */
const LibraryPath = z.string().min(1).max(4096);

/** The channels, merged into the contract (channels.ts). */
export const libraryChoiceChannels = {
  'library:recent': {
    input: z.object({}).strict(),
    output: RecentLibraries
  },
  'library:open': {
    /** `path`: the library to open (Open Recent); absent: the Open dialog asks which. */
    input: z.object({ path: LibraryPath.optional() }).strict(),
    output: LibraryOpened
  },
  'library:create': {
    /** The Save dialog names the new library's file; it starts empty. */
    input: z.object({}).strict(),
    output: LibraryOpened
  },
  'library:forgetRecent': {
    input: z.object({ path: LibraryPath }).strict(),
    output: RecentLibraries
  },
  'library:clearRecent': {
    /** Clear Recent: the list keeps only the open library. */
    input: z.object({}).strict(),
    output: RecentLibraries
  }
} as const;
