/**
 * Size, count and time limits for reading one file. Imported files are hostile: every limit exists
 * so that one bad file costs a bounded amount of memory and time and the import goes on.
 */

/** Limits for one `extractFile` call. Every field has a default (see {@link DEFAULT_LIMITS}). */
export interface Limits {
  /** Time for one file, nested zip entries included, in milliseconds. Default 20 s. */
  timeoutMs: number;
  /** Largest file read at all, in bytes (a zip archive counts as one file). Default 500 MiB. */
  maxFileBytes: number;
  /**
   * Largest text-like file (.txt, .md, .csv, .json…) in bytes. Default 100 MiB.
   * NB: HTML has its own, smaller limit because the DOM parse is synchronous and cannot be timed out.
   */
  maxTextBytes: number;
  /** Largest HTML page in bytes. Default 20 MiB (saved pages with inlined images are a few MB). */
  maxHtmlBytes: number;
  /** Pages read from a PDF; later pages are dropped with a warning. Default 2,000. */
  maxPdfPages: number;
  /** Rows or objects read from a table; later ones are dropped with a warning. Default 100,000. */
  maxRows: number;
  /** Sum of uncompressed sizes of all entries of an archive, nested ones included. Default 500 MiB. */
  zipMaxTotalBytes: number;
  /** Uncompressed size of one archive entry. Default 100 MiB. */
  zipMaxEntryBytes: number;
  /** Uncompressed : compressed ratio of one entry above which it is treated as a bomb. Default 100. */
  zipMaxRatio: number;
  /** Entries in one archive. Default 10,000. */
  zipMaxEntries: number;
  /** Archive nesting: 1 reads a zip, 2 also reads zips inside it. Default 2. */
  zipMaxDepth: number;
}

const MIB = 1024 * 1024;

/** The limits used when a caller passes none. */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  timeoutMs: 20_000,
  maxFileBytes: 500 * MIB,
  maxTextBytes: 100 * MIB,
  maxHtmlBytes: 20 * MIB,
  maxPdfPages: 2_000,
  maxRows: 100_000,
  zipMaxTotalBytes: 500 * MIB,
  zipMaxEntryBytes: 100 * MIB,
  zipMaxRatio: 100,
  zipMaxEntries: 10_000,
  zipMaxDepth: 2
});

/** Fills the fields a caller left out with the defaults; ignores values that are not positive numbers. */
export function resolveLimits(partial: Partial<Limits> | undefined): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  if (!partial) return limits;
  for (const key of Object.keys(limits) as (keyof Limits)[]) {
    const value = partial[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) limits[key] = value;
  }
  return limits;
}

/**
 * Formats a byte count for a user-facing message (`12.5 MiB`). NB: binary units, named so: a
 * 200,000,000-byte file said as "190.7 MB" matched neither a file manager's 200 MB nor its 190.7
 * MiB (review 16 #8); the limits are whole MiB (docs/formats.md, "Limits").
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MIB) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / MIB).toFixed(1)} MiB`;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.csv', '.tsv', '.json', '.jsonl', '.ndjson']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/**
 * The size limit a file is held to before it is read, chosen by its extension: text-like files
 * `maxTextBytes`, web pages `maxHtmlBytes`, anything else `maxFileBytes` (the extractors check
 * again by content, for a file whose extension lies). Also how to call the file and what to do,
 * for the message.
 */
export function sizeLimitFor(fileName: string, limits: Limits): { bytes: number; kind: string; advice: string } {
  const ext = fileName.slice(fileName.lastIndexOf('.')).toLowerCase();
  const split = 'split it into smaller files and import those';
  if (TEXT_EXTENSIONS.has(ext)) return { bytes: Math.min(limits.maxTextBytes, limits.maxFileBytes), kind: 'text file', advice: split };
  if (HTML_EXTENSIONS.has(ext))
    return {
      bytes: Math.min(limits.maxHtmlBytes, limits.maxFileBytes),
      kind: 'web page',
      advice: 'save only the article (as HTML or text) and import that'
    };
  return { bytes: limits.maxFileBytes, kind: 'file', advice: split };
}
