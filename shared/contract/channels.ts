import { z } from 'zod';
import { ComparisonSchema } from '@shared/compare/compareArticlesSchema';
import { Annotation, AnnotationChanges, AnnotationCounts, AnnotationCreate, AnnotationFilter, ColourMeaning } from './annotationSchemas';
import {
  AnnotationImportInput,
  AnnotationImportReport,
  ExportCancelInput,
  ExportProgressEvent,
  ExportRenderInput,
  ExportRendered,
  ExportSettings
} from './exportSchemas';
import { CompareArticleIds } from './compareIds';
import { libraryChoiceChannels } from './librarySchemas';
import { BackupCopy, BackupInfo, LibraryCheck, LibraryRepair, LibraryRestorePending } from './maintenanceSchemas';
import { CHANNEL_NAMES, EVENT_NAMES } from './names';
import type { Result } from './result';
import {
  Article,
  ArticleCorrection,
  ArticlesDeleted,
  BulkCorrection,
  ColumnMapping,
  ArticleId,
  ArticleSummary,
  ImportDefaults,
  ImportProgressEvent,
  ImportReport,
  LibraryInfo,
  RecentSearch,
  SavedSearch,
  SearchResponse,
  SearchSort,
  SortDirection,
  SortKey,
  StoriesProgressEvent,
  StorySummary,
  TableFile,
  WatchedFolder,
  WindowTheme
} from './schemas';

/** Most backups `library:keepBackups` keeps (each is a whole copy of the library). */
export const BACKUPS_KEPT_MAX = 1000;

/** Longest text `compare:align` takes, in UTF-16 code units (a book is about a million). */
export const ALIGN_TEXT_MAX = 20_000_000;

/** One passage of `compare:align`: the same as the comparison engine's `AlignedPassage`. */
const AlignedPassageSchema = z.object({
  aStart: z.number().int().nonnegative(),
  aEnd: z.number().int().nonnegative(),
  bStart: z.number().int().nonnegative(),
  bEnd: z.number().int().nonnegative(),
  kind: z.enum(['exact', 'light', 'reworded']),
  score: z.number().min(0).max(1)
});

/** Most articles one `articles:list` page holds (the CLI lists more page by page). */
export const ARTICLES_PAGE_MAX = 1000;

/**
 * The one contract between the UI and the engine. Each channel is named `domain:verb` and has a
 * zod schema for its input and its output. The preload exposes exactly these names, the main
 * process and browser mode validate every input against them, and the renderer calls them through
 * one adapter (renderer/src/lib/api.ts), so both hosts serve the same handlers.
 */
export const channels = {
  'library:info': {
    input: z.object({}).strict(),
    output: LibraryInfo
  },
  // Check, repair, back up and restore the library (docs/reliability.md).
  'library:check': {
    input: z.object({}).strict(),
    output: LibraryCheck
  },
  'library:repair': {
    input: z.object({}).strict(),
    output: LibraryRepair
  },
  'library:backup': {
    input: z.object({}).strict(),
    output: BackupInfo
  },
  'library:backupTo': {
    input: z
      .object({
        /**
         * Where: a file, or an existing folder (the copy then gets a dated name in it). Only the
         * command line names a place; left out, the desktop app asks with its Save dialog.
         */
        out: z.string().min(1).max(4096).optional(),
        /** Replace an existing file at `out` (never the library's own files). */
        force: z.boolean().default(false)
      })
      .strict(),
    /** The copy, verified; null when the user cancelled the Save dialog. */
    output: BackupCopy.nullable()
  },
  'library:backups': {
    input: z.object({}).strict(),
    output: z.object({ backups: z.array(BackupInfo), keep: z.number().int().positive() })
  },
  'library:keepBackups': {
    /** How many backups to keep from now on (the `backups.keep` setting); older ones go at the next backup. */
    input: z.object({ keep: z.number().int().min(1).max(BACKUPS_KEPT_MAX) }).strict(),
    output: z.object({ keep: z.number().int().positive() })
  },
  'library:restore': {
    /** `file`: one of `library:backups`' files; put in place when the app next starts. */
    input: z.object({ file: z.string().min(1).max(4096) }).strict(),
    output: LibraryRestorePending
  },
  'library:cancelRestore': {
    /** Drops the restore asked for with `library:restore` before it is carried out; `cancelled`: one was pending. */
    input: z.object({}).strict(),
    output: z.object({ cancelled: z.boolean() })
  },
  // Open another library, make a new one, the recent list (desktop only: librarySchemas.ts).
  ...libraryChoiceChannels,
  'articles:list': {
    input: z
      .object({
        sort: SortKey.default('publishedAt'),
        direction: SortDirection.default('desc'),
        offset: z.number().int().nonnegative().default(0),
        limit: z.number().int().positive().max(ARTICLES_PAGE_MAX).default(200)
      })
      .strict(),
    output: z.object({ total: z.number().int().nonnegative(), items: z.array(ArticleSummary) })
  },
  'articles:get': {
    input: z.object({ id: ArticleId }).strict(),
    output: Article
  },
  'articles:correct': {
    input: z.object({ id: ArticleId, changes: ArticleCorrection }).strict(),
    output: Article
  },
  'articles:correctMany': {
    /** Sets the same details on every picked article, in one transaction; `updated` says how many. */
    input: z.object({ ids: z.array(ArticleId).min(1).max(100000), changes: BulkCorrection }).strict(),
    output: z.object({ updated: z.number().int().nonnegative() })
  },
  'articles:delete': {
    /**
     * Deletes the articles in one transaction (all or none); their highlights and notes are kept as
     * orphans. `dryRun`: the same answer, nothing deleted (the confirmation's counts).
     */
    input: z.object({ ids: z.array(ArticleId).min(1).max(100000), dryRun: z.boolean().default(false) }).strict(),
    output: ArticlesDeleted
  },
  'search:query': {
    input: z
      .object({
        query: z.string().max(2000),
        limit: z.number().int().positive().max(500).default(50),
        /** `date`: newest first, over the same matching articles. */
        sort: SearchSort.default('relevance'),
        /** Remember the query in the recent searches (the UI sets it when typing pauses or on Enter). */
        record: z.boolean().default(false),
        /** Compute facet counts (outlet, month, language, story) over every matching article. */
        facets: z.boolean().default(true)
      })
      .strict(),
    output: SearchResponse
  },
  'search:saved:list': {
    input: z.object({}).strict(),
    output: z.object({ searches: z.array(SavedSearch) })
  },
  'search:saved:add': {
    /** Saving under a name already used (any case) replaces that search's query. */
    input: z.object({ name: z.string().trim().min(1).max(200), query: z.string().trim().min(1).max(2000) }).strict(),
    output: SavedSearch
  },
  'search:saved:delete': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: z.object({ ok: z.literal(true) })
  },
  'search:recent:list': {
    input: z.object({}).strict(),
    output: z.object({ searches: z.array(RecentSearch) })
  },
  'search:recent:clear': {
    input: z.object({}).strict(),
    output: z.object({ ok: z.literal(true) })
  },
  'import:tables': {
    input: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(1000) }).strict(),
    output: z.object({ tables: z.array(TableFile), more: z.boolean() })
  },
  'import:paths': {
    input: z
      .object({
        // NB: a shell glob (`crosscheck import ~/saved/*.html`) or a drop can name thousands of files.
        paths: z.array(z.string().min(1).max(4096)).min(1).max(100_000),
        /** Column mappings the user confirmed for table files, by absolute path. */
        mappings: z.record(z.string(), ColumnMapping).optional(),
        /** Outlet, collection and language for articles whose files give none. */
        defaults: ImportDefaults.optional(),
        /** The column mapping for every table file not in `mappings` (`crosscheck import --map`). */
        tableMapping: ColumnMapping.optional(),
        /** Group the new articles into stories before answering; false leaves it to the next import or start (`--no-group`). */
        group: z.boolean().default(true)
      })
      .strict(),
    output: ImportReport
  },
  'import:cancel': {
    input: z.object({}).strict(),
    output: z.object({ cancelled: z.boolean() })
  },
  'import:latestReport': {
    input: z.object({}).strict(),
    output: ImportReport.nullable()
  },
  'watch:list': {
    input: z.object({}).strict(),
    output: z.object({ folders: z.array(WatchedFolder) })
  },
  'watch:add': {
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: WatchedFolder
  },
  'watch:remove': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: z.object({ ok: z.literal(true) })
  },
  'stories:list': {
    input: z.object({}).strict(),
    /** Stories of two or more articles, largest first; `standalone` counts the articles in none of them. */
    output: z.object({ stories: z.array(StorySummary), standalone: z.number().int().nonnegative() })
  },
  'stories:rename': {
    input: z.object({ id: z.number().int().positive(), label: z.string().trim().min(1).max(300) }).strict(),
    output: z.object({ ok: z.literal(true) })
  },
  'stories:move': {
    input: z.object({ articleIds: z.array(ArticleId).min(1).max(10000), storyId: z.number().int().positive() }).strict(),
    output: z.object({ ok: z.literal(true) })
  },
  'stories:merge': {
    input: z.object({ targetId: z.number().int().positive(), sourceIds: z.array(z.number().int().positive()).min(1).max(1000) }).strict(),
    output: z.object({ ok: z.literal(true) })
  },
  'stories:split': {
    input: z.object({ articleIds: z.array(ArticleId).min(1).max(10000) }).strict(),
    output: z.object({ storyId: z.number().int().positive() })
  },
  'stories:place': {
    /**
     * Groups the articles in no story yet (imported with `--no-group`, or left by an import that was
     * killed) as the engine does after an import; `grouped` is false when there were none.
     */
    input: z.object({}).strict(),
    output: z.object({ grouped: z.boolean() })
  },
  'stories:regroup': {
    /**
     * Groups the whole library again, keeping the user's edits; `stories:progress` events tell how
     * far it got. Asked while a regroup runs, answers when that one ends. Fails with `cancelled`
     * when `stories:cancel` stopped it (the stories are then exactly as before).
     */
    input: z.object({}).strict(),
    output: z.object({ stories: z.number().int().nonnegative() })
  },
  'stories:cancel': {
    /** Stops the running regroup or grouping at start; it rolls back. False when none runs. */
    input: z.object({}).strict(),
    output: z.object({ cancelled: z.boolean() })
  },
  // The full comparison of library articles (docs/compare.md), for the CLI and scripts; the window
  // runs the same `compareArticles` in a Web Worker so it can be cancelled.
  'compare:articles': {
    input: z.object({ articleIds: CompareArticleIds }).strict(),
    output: ComparisonSchema
  },
  // Two texts aligned as they are (no import, no clean-up): `crosscheck align` and scripts
  // (docs/compare.md). Offsets are UTF-16 code units into each text.
  'compare:align': {
    input: z
      .object({
        a: z.string().max(ALIGN_TEXT_MAX),
        b: z.string().max(ALIGN_TEXT_MAX),
        /** Shortest passage reported, in words (default 8). */
        minWords: z.number().int().min(1).max(10000).optional(),
        /** Count reuse the way plagiarism-detection benchmarks do (PAN-style; docs/compare.md). */
        reuseCases: z.boolean().default(false)
      })
      .strict(),
    output: z.object({ passages: z.array(AlignedPassageSchema) })
  },
  'dialog:pickImportPaths': {
    input: z.object({ folders: z.boolean().default(true) }).strict(),
    output: z.array(z.string())
  },
  // The desktop window's own theme (its frame, menus and background) set to Settings →
  // Appearance's choice and remembered for the next start (docs/ui.md, "Themes"). A host with no
  // window of its own (browser mode, the CLI) answers applied: false; the page themes itself.
  'window:setTheme': {
    input: z.object({ theme: WindowTheme }).strict(),
    output: z.object({ applied: z.boolean() })
  },
  // The desktop app's Save dialog for an export (docs/export.md): the native dialog (which asks
  // before replacing a file), then an atomic write where it says. Browser mode downloads instead.
  'dialog:saveExport': {
    input: z
      .object({
        /** The name the dialog suggests (`export:render`'s `fileName`). */
        fileName: z.string().min(1).max(255),
        /** The file as `export:render` answered it. */
        content: z.string().max(500_000_000),
        encoding: z.enum(['utf8', 'base64'])
      })
      .strict(),
    /** Where it was saved; null when the user cancelled the dialog. */
    output: z.object({ path: z.string().nullable() })
  },
  // Highlights and notes (docs/api.md has each with an example). Every write is committed durably
  // before it is answered; re-anchoring after a body change is the engine's, not the caller's.
  'annotations:create': {
    input: AnnotationCreate,
    output: Annotation
  },
  'annotations:get': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: Annotation
  },
  'annotations:update': {
    input: z.object({ id: z.number().int().positive(), changes: AnnotationChanges }).strict(),
    output: Annotation
  },
  'annotations:delete': {
    /** Answers with the annotation as it was, to pass to `annotations:restore` for undo. */
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: z.object({ deleted: Annotation })
  },
  'annotations:restore': {
    /** Puts an annotation back exactly as given (same id), replacing the one with that id if any: undo and redo of every action. */
    input: z.object({ annotation: Annotation }).strict(),
    output: Annotation
  },
  'annotations:list': {
    input: z
      .object({
        filter: AnnotationFilter.default({}),
        /** `position`: by article, then place in it; `created`/`updated`: newest first. */
        sort: z.enum(['position', 'created', 'updated']).default('updated'),
        offset: z.number().int().nonnegative().default(0),
        limit: z.number().int().positive().max(1000).default(200)
      })
      .strict(),
    output: z.object({ total: z.number().int().nonnegative(), items: z.array(Annotation) })
  },
  'annotations:counts': {
    input: z.object({ filter: AnnotationFilter.default({}) }).strict(),
    output: AnnotationCounts
  },
  'annotations:tags': {
    /** Tags in use, most used first; `prefix` narrows them for autocomplete (any case). */
    input: z.object({ prefix: z.string().max(100).default(''), limit: z.number().int().positive().max(500).default(50) }).strict(),
    output: z.object({ tags: z.array(z.object({ tag: z.string(), count: z.number().int().nonnegative() })) })
  },
  'annotations:colours:get': {
    input: z.object({}).strict(),
    output: z.object({ colours: z.array(ColourMeaning) })
  },
  'annotations:colours:set': {
    /** Renames the colours given; the others keep their meaning. Answers with all six. */
    input: z.object({ colours: z.array(ColourMeaning).min(1).max(6) }).strict(),
    output: z.object({ colours: z.array(ColourMeaning) })
  },
  // Annotated reports (docs/export.md): the file for a scope, format and options (text, or base64 for pdf/docx).
  'export:render': {
    input: ExportRenderInput,
    output: ExportRendered
  },
  'export:cancel': {
    /** Stops the export given this `jobId`; its `export:render` fails with `cancelled`. False when none runs. */
    input: ExportCancelInput,
    output: z.object({ cancelled: z.boolean() })
  },
  'export:settings:get': {
    input: z.object({}).strict(),
    output: ExportSettings
  },
  'export:settings:set': {
    /** `author: null` (or `''`) clears the name. Answers with the settings as stored. */
    input: ExportSettings,
    output: ExportSettings
  },
  // A W3C JSON export read back in: each annotation matched to its article and re-anchored (docs/export.md).
  'annotations:import': {
    input: AnnotationImportInput,
    output: AnnotationImportReport
  }
} as const;

/** Every channel name. */
export type Channel = keyof typeof channels;
/** What a caller passes (defaults may be omitted). */
export type ChannelInput<C extends Channel> = z.input<(typeof channels)[C]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type ChannelParsedInput<C extends Channel> = z.output<(typeof channels)[C]['input']>;
/** What a handler returns and a caller receives. */
export type ChannelOutput<C extends Channel> = z.output<(typeof channels)[C]['output']>;

// Compile-time proof that names.ts lists exactly the contract's channels and events.
type SameKeys<A extends PropertyKey, B extends PropertyKey> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelNamesMatch: SameKeys<(typeof CHANNEL_NAMES)[number], Channel> = true;
const eventNamesMatch: SameKeys<(typeof EVENT_NAMES)[number], EventName> = true;
void channelNamesMatch;
void eventNamesMatch;
export { CHANNEL_NAMES, EVENT_NAMES };

/** True when `name` is a channel of the contract (input from outside is checked with this). */
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(channels, name);
}

/**
 * Push events from the host to the UI. `menu:command` carries the desktop menu's commands
 * (File → Import…), which the UI runs exactly as if its own button had been pressed.
 */
/** What another process's write changed, by what the window shows (see `library:changed`). */
export const ExternalChange = z.object({
  /** The kinds of data that changed. */
  areas: z.array(z.enum(['articles', 'stories', 'annotations', 'saved-searches', 'recent-searches', 'settings', 'watched-folders'])),
  /**
   * With `articles`: the existing articles whose row, text or near-duplicates changed, or that were
   * deleted (added ones are in no open reader). Absent when there were too many to list: any may have.
   */
  articleIds: z.array(ArticleId).optional()
});

export const events = {
  'menu:command': z.enum(['import', 'focus-search', 'show-last-import', 'toggle-notes', 'settings', 'export', 'new-library', 'open-library', 'clear-recent-libraries']),
  /** File → Open Recent: open this library (`library:open`), as the Switch library… list does. */
  'menu:openLibrary': z.object({ path: z.string() }),
  'import:progress': ImportProgressEvent,
  /** Progress of an `export:render` given a `jobId` (docs/export.md). */
  'export:progress': ExportProgressEvent,
  /** Progress of grouping stories (a regroup, grouping at start or after an import), then how it ended. */
  'stories:progress': StoriesProgressEvent,
  /** The library changed without the UI asking (a watched folder was imported, stories were grouped at start, another process wrote): reload lists. */
  'library:changed': z.discriminatedUnion('reason', [
    /** A watched folder was imported in the background. */
    z.object({ reason: z.literal('watched-folder'), report: ImportReport }),
    /** Articles that were in no story (imported with `--no-group`, or before a crash) were grouped in the background. */
    z.object({ reason: z.literal('stories') }),
    /** These articles' text changed (an import, a watched file) and their highlights were re-anchored: reload their annotations. */
    z.object({ reason: z.literal('annotations'), articleIds: z.array(ArticleId) }),
    /**
     * Another process (a window, `crosscheck serve`, a `crosscheck` command) wrote to the library.
     * `changed` says what, when the engine could tell (electron/library/changeDigest.ts): reload only
     * that; without it, reload everything shown.
     */
    z.object({ reason: z.literal('external'), changed: ExternalChange.optional() })
  ])
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** The API the renderer sees as `window.crosscheck` in the desktop app. */
export interface CrosscheckApi {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Subscribes to a push event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** The file-system path of a file dropped on the window (desktop only). */
  pathForFile(file: File): string;
}
