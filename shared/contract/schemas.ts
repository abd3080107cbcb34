import { z } from 'zod';
import type { ImportCounts as CountsOfImport } from '@shared/import/counts';
import { type CalendarDayProblem, calendarDayProblem } from '@shared/import/calendarDay';
import { LANGUAGE_CODE } from '@shared/import/languageCode';

/**
 * Domain shapes that cross the process boundary. Every IPC/HTTP input and output is validated
 * against these on the receiving side; the TypeScript types are inferred from them.
 */

export const ArticleId = z.number().int().positive();

/** A row of the library list. */
export const ArticleSummary = z.object({
  id: ArticleId,
  title: z.string(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  wordCount: z.number().int().nonnegative(),
  collection: z.string().nullable(),
  importedAt: z.string(),
  /**
   * True when `publishedAt` came from the file's properties (a DOCX's or PDF's creation date: the
   * day the file was saved, not published), for the list to mark it; absent otherwise.
   */
  dateFromFile: z.boolean().optional()
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** A span of an article's original text set aside by clean-up, with why. */
export const RemovedSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  reason: z.string()
});
export type RemovedSpan = z.infer<typeof RemovedSpan>;

/**
 * Where the value of an article's metadata field came from, shown beside it in "Edit details":
 * - `metadata`: the file's publication metadata (HTML meta tags and JSON-LD, Markdown front
 *   matter, a table column);
 * - `text`: read from the article's text (a headline, a date line, a `By …` line);
 * - `file`: the file itself — document properties (a DOCX's or PDF's title, author, creation
 *   date) or its name; used only when nothing else gives the field, because a creation date is
 *   the day someone saved the file, not the day the article was published;
 * - `detected`: the language, detected from the text;
 * - `import`: a value given to the whole import (the import dialog, `crosscheck import --outlet`);
 * - `copy`: the publication details or text of another file of the same text, met as a duplicate,
 *   that filled a field this article's own file left empty (`Article.copiedFrom` names that file);
 * - `edited`: the user's correction (kept across re-imports).
 */
export const FieldSource = z.enum(['metadata', 'text', 'file', 'detected', 'import', 'copy', 'edited']);
export type FieldSource = z.infer<typeof FieldSource>;

/** The source of each metadata field that has a value; absent for articles imported before sources were kept. */
export const FieldSources = z
  .object({
    title: FieldSource,
    outlet: FieldSource,
    byline: FieldSource,
    publishedAt: FieldSource,
    url: FieldSource,
    language: FieldSource
  })
  .partial();
export type FieldSources = z.infer<typeof FieldSources>;

/**
 * The file each field filled from a duplicate came from (source `copy`), by field. Never the
 * title: every article has one, so a copy never fills it.
 */
export const CopiedFrom = z
  .object({ outlet: z.string(), byline: z.string(), publishedAt: z.string(), url: z.string(), language: z.string() })
  .partial();
export type CopiedFrom = z.infer<typeof CopiedFrom>;

/** Everything the reader shows of one article. */
export const Article = ArticleSummary.extend({
  byline: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  dateline: z.string().nullable(),
  wireCredits: z.array(z.string()),
  body: z.string(),
  /**
   * The file's text before clean-up, or `null` when it is the body itself (clean-up changed
   * nothing): a long article's text is not sent twice.
   */
  original: z.string().nullable(),
  removed: z.array(RemovedSpan),
  sourcePath: z.string().nullable(),
  sourceFormat: z.string(),
  /** Articles this one is a lightly edited copy of (or that copy it), most similar first. */
  nearDuplicates: z
    .array(z.object({ id: ArticleId, title: z.string(), outlet: z.string().nullable(), score: z.number() }))
    .default([]),
  /** Fields the user corrected (kept across re-imports). */
  corrected: z.array(z.enum(['title', 'outlet', 'byline', 'publishedAt', 'url', 'language'])).default([]),
  /** Where each metadata field's value came from (a corrected field is `edited`). */
  sources: FieldSources.default({}),
  /**
   * For each field whose source is `copy`, the source path (`file`, `a.zip#entry`) of the duplicate
   * that filled it: "Edit details" names it.
   */
  copiedFrom: CopiedFrom.default({})
});
export type Article = z.infer<typeof Article>;

/**
 * What a correction's date that does not exist is told, by the part that is wrong (the time named
 * when the day is right: `--date 2024-01-01T25:00` is not a day problem).
 */
const CALENDAR_DAY_MESSAGES: Record<CalendarDayProblem['part'], (text: string) => string> = {
  day: () => 'a day that exists, like 2018-07-04',
  time: (text) => `a time of day that exists, like 2018-07-04T10:30 (${text} is not one)`,
  offset: (text) => `an offset from UTC up to ±14:00, like 2018-07-04T10:30+01:00 (${text} is not one)`
};

/** Metadata a user may correct; an empty string clears the field (the title cannot be cleared). */
export const ArticleCorrection = z
  .object({
    title: z.string().max(500),
    outlet: z.string().max(300),
    byline: z.string().max(300),
    publishedAt: z.union([
      z.literal(''),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'a date like 2018-07-04')
        .superRefine((value, ctx) => {
          const problem = calendarDayProblem(value);
          if (problem) ctx.addIssue({ code: 'custom', message: CALENDAR_DAY_MESSAGES[problem.part](problem.text) });
        })
    ]),
    url: z.string().max(2000),
    language: z.union([z.literal(''), z.string().max(35).regex(LANGUAGE_CODE, 'a language code like en or pt-BR')])
  })
  .partial()
  .strict();
export type ArticleCorrection = z.infer<typeof ArticleCorrection>;

/**
 * Details set on many picked articles at once ("Edit details…" in the library, `crosscheck edit`):
 * a field left out keeps each article's own value; an empty string clears it. Outlet, date and
 * language are kept as corrections (a re-import never overwrites them); the collection is the
 * user's own label and no import ever sets it again.
 */
export const BulkCorrection = ArticleCorrection.pick({ outlet: true, publishedAt: true, language: true })
  .extend({ collection: z.string().max(200).optional() })
  .strict();
export type BulkCorrection = z.infer<typeof BulkCorrection>;

/**
 * What `articles:delete` did (or, with `dryRun`, would do): articles deleted, the highlights and
 * notes that became orphans (kept with their quotes and notes, listed in the notes panel), and the
 * stories left with no article.
 */
export const ArticlesDeleted = z.object({
  deleted: z.number().int().nonnegative(),
  orphaned: z.object({ highlights: z.number().int().nonnegative(), notes: z.number().int().nonnegative() }),
  storiesDeleted: z.number().int().nonnegative()
});
export type ArticlesDeleted = z.infer<typeof ArticlesDeleted>;

/**
 * Values an import gives the articles whose files carry none (the import dialog, `crosscheck
 * import --outlet … --collection … --language …`). What a file says is never overwritten; the
 * collection is every imported article's.
 */
export const ImportDefaults = z
  .object({
    outlet: z.string().trim().max(300),
    collection: z.string().trim().max(200),
    language: z.union([z.literal(''), z.string().trim().regex(LANGUAGE_CODE, 'a language code like en or pt-BR')])
  })
  .partial()
  .strict();
export type ImportDefaults = z.infer<typeof ImportDefaults>;

/** Fewest and most articles one comparison takes (the comparison view, `compare:articles`, an export's `compare` scope). */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 12;

export const SortKey = z.enum(['title', 'outlet', 'publishedAt', 'wordCount', 'importedAt']);
export type SortKey = z.infer<typeof SortKey>;
export const SortDirection = z.enum(['asc', 'desc']);
export type SortDirection = z.infer<typeof SortDirection>;

/** A character range `[start, end)` in UTF-16 code units of the text it belongs to. */
export const TextRange = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type TextRange = z.infer<typeof TextRange>;

/** How a search orders its hits: by rank (default), or newest first. */
export const SearchSort = z.enum(['relevance', 'date']);
export type SearchSort = z.infer<typeof SearchSort>;

/**
 * Why an article matched: `exact` — every word as typed; `variant` — through a spelling variant
 * or typo of a word (`variants`); `fuzzy` — through a word a typed word begins or a near spelling
 * (`fuzzy`); `partial` — it has only some of the words of a long query (`relaxed`).
 */
export const SearchMatch = z.enum(['exact', 'variant', 'fuzzy', 'partial']);
export type SearchMatch = z.infer<typeof SearchMatch>;

/** A search hit: the article, its rank, and a snippet with the matched words marked. */
export const SearchHit = z.object({
  article: ArticleSummary,
  score: z.number(),
  /**
   * `note`, when no highlight is in the snippet though the query has words: why not, as a sentence
   * (the words are in the title or the outlet's name, not the text).
   */
  snippet: z.object({ text: z.string(), highlights: z.array(TextRange), note: z.string().optional() }),
  match: SearchMatch.default('exact')
});
export type SearchHit = z.infer<typeof SearchHit>;

/**
 * One value of a facet, with how many matching articles have it and the query filter that keeps
 * only them: the UI appends `filter` to the query when the value is clicked.
 */
export const FacetValue = z.object({
  /** `Reuters`, `2018-07`, `en`, a story id, or a tag as most often spelled. */
  value: z.string(),
  /** What to show: the value, or the story's name. */
  label: z.string(),
  count: z.number().int().nonnegative(),
  /** `outlet:"Reuters"`, `date:2018-07`, `lang:"en"`, `story:12`, `tag:"needs check"`. */
  filter: z.string()
});
export type FacetValue = z.infer<typeof FacetValue>;

/**
 * Facets of a search: the 20 most frequent outlets, languages, stories and tags (those of the
 * highlights and notes on the articles); every month, oldest first.
 */
export const SearchFacets = z.object({
  outlet: z.array(FacetValue),
  month: z.array(FacetValue),
  language: z.array(FacetValue),
  story: z.array(FacetValue),
  tag: z.array(FacetValue)
});
export type SearchFacets = z.infer<typeof SearchFacets>;

/**
 * A note or highlight that matched a search with `in:notes`: kept apart from the article hits so
 * the UI can show it as the user's own words. `highlights` are UTF-16 offsets into `text`.
 */
export const NoteHit = z.object({
  annotationId: z.number().int().positive(),
  /** The article it is on; null for story notes, passage notes and orphans of a deleted article. */
  articleId: ArticleId.nullable(),
  kind: z.enum(['highlight', 'article-note', 'story-note', 'passage-note']),
  /** The article's title or story's name it was made on (kept when that is deleted); null for a passage note. */
  title: z.string().nullable(),
  /** Where the words were found: the note, or the highlighted passage (its quote). */
  field: z.enum(['note', 'quote']),
  text: z.string(),
  highlights: z.array(TextRange)
});
export type NoteHit = z.infer<typeof NoteHit>;

export const SearchResponse = z.object({
  query: z.string(),
  total: z.number().int().nonnegative(),
  hits: z.array(SearchHit),
  /** The words to mark in the reader (folded). A trailing `*` marks a prefix. */
  terms: z.array(z.string()),
  /** Quiet notes about parts of the query that were read differently (unbalanced quote…). */
  notes: z.array(z.string()),
  /** Spelling variants and typos searched along with a typed word: `{ deraa: ['daraa'] }`. */
  variants: z.record(z.string(), z.array(z.string())).default({}),
  /** Words a typed word begins or nearly spells that matched (prefix/fuzzy): `{ negotiat: ['negotiations'] }`. */
  fuzzy: z.record(z.string(), z.array(z.string())).default({}),
  /** True when few articles had every word of a long query, so articles with most of them follow (`partial`). */
  relaxed: z.boolean().default(false),
  sort: SearchSort.default('relevance'),
  /** Counts over every matching article (not just the page); null when not asked for. */
  facets: SearchFacets.nullable().default(null),
  /** `loading` right after opening a library: prefix and fuzzy matches join once the index is loaded. */
  fuzzyIndex: z.enum(['ready', 'loading']).default('ready'),
  /** With `in:notes`: notes and highlights holding every word, newest first (empty otherwise). */
  noteHits: z.array(NoteHit).default([])
});
export type SearchResponse = z.infer<typeof SearchResponse>;

/** A saved search, with how many articles it matches now. */
export const SavedSearch = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  query: z.string(),
  createdAt: z.string(),
  count: z.number().int().nonnegative()
});
export type SavedSearch = z.infer<typeof SavedSearch>;

/** A query the user searched recently. */
export const RecentSearch = z.object({ query: z.string(), searchedAt: z.string() });
export type RecentSearch = z.infer<typeof RecentSearch>;

/**
 * One problem of an import: a file that failed, was skipped, or duplicated an article; or, said
 * too, one met again as it was (`unchanged`), updated, or linked as a near-duplicate.
 */
export const ImportProblem = z.object({
  path: z.string(),
  kind: z.enum(['failed', 'skipped', 'unchanged', 'duplicate', 'near-duplicate', 'warning']),
  code: z.string(),
  message: z.string(),
  articleId: ArticleId.nullable(),
  /**
   * `true`: an earlier import said the same of this file (the same duplicate of the same article,
   * the same warning, the same skip) and the file has not changed since, so it is not news
   * (review 15, findings 10 and 11). Absent otherwise.
   */
  asBefore: z.literal(true).optional()
});
export type ImportProblem = z.infer<typeof ImportProblem>;

/**
 * What an import's articles and files came to, one count per outcome, never overlapping: the
 * progress events and the report carry the same seven (shared/import/counts.ts says what each means).
 */
export const ImportCounts = z.object({
  new: z.number().int().nonnegative(),
  /** Stored, and linked as lightly edited copies of others (not also counted as new). */
  nearDuplicates: z.number().int().nonnegative(),
  /** Changed files imported before, updated in place. */
  updated: z.number().int().nonnegative(),
  /** Imported before from the same file (or a row of the same table) and not changed since: left as it is. */
  unchanged: z.number().int().nonnegative(),
  /** The same text as an article already stored from another file, entry or row: not stored again. */
  duplicates: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative()
});
// Compile-time proof that the schema and shared/import/counts.ts describe the same counts.
const countsMatch: [z.infer<typeof ImportCounts>] extends [CountsOfImport]
  ? [CountsOfImport] extends [z.infer<typeof ImportCounts>]
    ? true
    : false
  : false = true;
void countsMatch;

/** What an import did, file by file. */
export const ImportReport = z.object({
  runId: z.number().int().positive(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** `interrupted`: its process died before it finished (found when the library was next opened; docs/reliability.md). */
  status: z.enum(['running', 'done', 'cancelled', 'failed', 'interrupted']),
  paths: z.array(z.string()),
  ...ImportCounts.shape,
  /** Articles written, new or updated: new + nearDuplicates + updated (what scripts and the CLI's JSON called imported). */
  imported: z.number().int().nonnegative(),
  problems: z.array(ImportProblem)
});
export type ImportReport = z.infer<typeof ImportReport>;

/** A folder whose new and changed files are imported automatically. */
export const WatchedFolder = z.object({
  id: z.number().int().positive(),
  path: z.string(),
  addedAt: z.string(),
  /** False when the folder has gone (a removed drive): shown so the user can remove it. */
  exists: z.boolean()
});
export type WatchedFolder = z.infer<typeof WatchedFolder>;

/** A story: articles about one event, grouped automatically or by the user. */
export const StorySummary = z.object({
  id: z.number().int().positive(),
  label: z.string(),
  /** True when the user named it (regrouping keeps the name). */
  renamed: z.boolean(),
  /** Its articles, oldest first (undated last). */
  articleIds: z.array(ArticleId),
  /** Each article's title, in the same order (what the sidebar's filter box searches besides the name). */
  titles: z.array(z.string()),
  /** Each article's source file, in the same order (null when unknown). */
  paths: z.array(z.string().nullable()),
  /** Each article's outlet, in the same order (null when unknown): Compare takes one per outlet first. */
  outlets: z.array(z.string().nullable()),
  /** Whether each article's text credits a wire agency, in the same order: Compare keeps the earliest such. */
  wireCredited: z.array(z.boolean()),
  /** The publication date of its newest dated article (ISO), or null when none is dated. */
  latest: z.string().nullable()
});
export type StorySummary = z.infer<typeof StorySummary>;

/** The article fields a table column can fill. */
export const COLUMN_FIELDS = ['title', 'text', 'date', 'source', 'url', 'author', 'language'] as const;
/** Which column fills which field, e.g. `{ title: 'headline', text: 'body' }`. */
export const ColumnMapping = z.partialRecord(z.enum(COLUMN_FIELDS), z.string().max(500));
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** A table file found among the paths to import, for the "confirm the columns" step. */
export const TableFile = z.object({
  path: z.string(),
  format: z.string(),
  headers: z.array(z.string()),
  /** The mapping the importer would use (detected from the headers). */
  mapping: ColumnMapping,
  /** The first rows, values shortened. */
  rows: z.array(z.object({ n: z.number().int(), values: z.record(z.string(), z.string()) })),
  /** Why the file cannot be previewed (it will fail on import with the same reason), or null. */
  problem: z.string().nullable()
});
export type TableFile = z.infer<typeof TableFile>;

/** Progress of a running import, pushed to the UI as the `import:progress` event. */
export const ImportProgressEvent = z.object({
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  currentPath: z.string(),
  /**
   * Outcomes of the articles committed so far (an article read but waiting for its batch is not
   * counted yet, since whether it is a duplicate is decided when it is written): they only grow,
   * new + nearDuplicates is what the library has gained, and the last event equals the report.
   */
  ...ImportCounts.shape,
  filesPerSecond: z.number().nonnegative(),
  /** Estimated seconds left, or null before there is a rate to go by. */
  etaSeconds: z.number().nonnegative().nullable(),
  /** `reading`: files are being imported; `grouping`: every file is in, new articles are joining stories. */
  phase: z.enum(['reading', 'grouping']).default('reading')
});
export type ImportProgressEvent = z.infer<typeof ImportProgressEvent>;

/**
 * Which stories job an event is about: `regroup` (the Regroup button, `crosscheck stories
 * --regroup`), `place` (articles in no story grouped at start or by `stories:place`), `import` (an
 * import grouping what it added; stopped with the import, not `stories:cancel`).
 */
export const StoriesJobKind = z.enum(['regroup', 'place', 'import']);
export type StoriesJobKind = z.infer<typeof StoriesJobKind>;

/**
 * What a stories job is doing: `vectors` (reading the articles' terms), `neighbours` (finding each
 * article's most similar ones), `clustering` (joining them into stories), `writing` (saving the
 * stories), `placing` (new articles joining the stories there are, without regrouping).
 */
export const StoriesPhase = z.enum(['vectors', 'neighbours', 'clustering', 'writing', 'placing']);
export type StoriesPhase = z.infer<typeof StoriesPhase>;

/**
 * Progress of a stories job, pushed as the `stories:progress` event: `running` events (at most about
 * ten a second) with the phase and, where it is known, how far it got; then exactly one event that
 * says how it ended. `cancelled`: stopped by `stories:cancel`, the stories are exactly as before.
 */
export const StoriesProgressEvent = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('running'),
    job: StoriesJobKind,
    phase: StoriesPhase,
    /** Done and total units of the phase (articles, stories), or null where the phase has no count. */
    done: z.number().int().nonnegative().nullable(),
    total: z.number().int().nonnegative().nullable()
  }),
  z.object({ state: z.literal('done'), job: StoriesJobKind }),
  z.object({ state: z.literal('cancelled'), job: StoriesJobKind }),
  /** `message`: a sentence for people saying what went wrong. */
  z.object({ state: z.literal('failed'), job: StoriesJobKind, message: z.string() })
]);
export type StoriesProgressEvent = z.infer<typeof StoriesProgressEvent>;

export const LibraryInfo = z.object({
  path: z.string(),
  articleCount: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nonnegative(),
  /** Where the app runs: the desktop window, browser mode, or the `crosscheck` command line. */
  mode: z.enum(['desktop', 'browser', 'cli']),
  /** True when the host can show a native folder/file picker (desktop only). */
  canPickFiles: z.boolean(),
  /**
   * Present when the library is open read-only (a read-only disk, a file or folder the user may
   * not write to): the sentence saying why. Reads work; writes answer the error code `read-only`.
   */
  readOnly: z.string().optional(),
  /**
   * Present when a restore or recovery asked for in the app has not happened because another
   * process has the library open (docs/reliability.md): `since` is when it was asked for (ISO),
   * `blockedBy` the sentence naming the other process. It happens at a start with no one else on
   * the library; `library:cancelRestore` drops a waiting restore.
   */
  waiting: z
    .object({ kind: z.enum(['restore', 'recovery']), since: z.string(), blockedBy: z.string() })
    .optional()
});
export type LibraryInfo = z.infer<typeof LibraryInfo>;

/**
 * Settings → Appearance's theme: follow the operating system, or keep light or dark. The page
 * reads it (data-theme) and the desktop window's frame follows it (`window:setTheme`).
 */
export const WindowTheme = z.enum(['system', 'light', 'dark']);
export type WindowTheme = z.infer<typeof WindowTheme>;
