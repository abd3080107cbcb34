/**
 * The format extractors of the import pipeline: `extractFile` reads one file's bytes into articles
 * or a specific, user-readable failure. It never throws and never runs past its time limit.
 * See docs/formats.md for what each format reads, its limits and failure messages.
 */
import type { ExtractResult, ExtractedArticle } from '@shared/import/types';
import type { ColumnMapping } from './columns';
import { abortFailure, type ExtractContext, type Extracted } from './context';
import { csvExtractor } from './csv';
import { extractDocx } from './docx';
import { CANCELLED, CHECK_THE_FILE, ExtractFailure, REPORT_THE_BUG, errorMessage, tookTooLong } from './failure';
import { extractHtml, loadDomLibraries } from './html';
import { extractJson, extractJsonl } from './json';
import { formatBytes, resolveLimits, type Limits } from './limits';
import { extractMarkdown } from './markdown';
import { extractPdf } from './pdf';
import { loadPdfJs } from './pdfjs';
import { isBlank, tidyText } from './plainText';
import { chooseFormat, formatOfName, type FormatId } from './sniff';
import { extractTxt } from './txt';
import { extractZip } from './zip';

export {
  COLUMN_FIELDS,
  detectColumnMapping,
  parseMappingSpec,
  type ColumnField,
  type ColumnMapping,
  type MappingSpecResult
} from './columns';
export { DEFAULT_LIMITS, type Limits } from './limits';
export { type FailureCode } from './failure';
export { SUPPORTED_EXTENSIONS, extensionOf, type FormatId } from './sniff';
export { previewTable, type TablePreview } from './tablePreview';

/** The file to read: its bytes and its name (the name's extension picks the format). */
export interface ExtractInput {
  bytes: Uint8Array;
  /** File name or path; only the extension and, inside archives, the path are used. */
  fileName: string;
}

export interface ExtractOptions {
  /** Cancels the read; the result is then `{ok:false, code:'aborted'}`. */
  signal?: AbortSignal;
  /** Overrides for the default limits (time, sizes, counts). */
  limits?: Partial<Limits>;
  /**
   * Tables (.csv/.tsv/.json/.jsonl) only: columns chosen by the user. Fields it leaves out are still
   * detected from the headers. A column it names that is missing fails the file with `bad-mapping`.
   */
  mapping?: ColumnMapping;
}

const EXTRACTORS: Readonly<Record<FormatId, (bytes: Uint8Array, ctx: ExtractContext) => Promise<Extracted>>> = {
  txt: extractTxt,
  md: extractMarkdown,
  html: extractHtml,
  pdf: extractPdf,
  docx: extractDocx,
  csv: csvExtractor('csv'),
  tsv: csvExtractor('tsv'),
  json: extractJson,
  jsonl: extractJsonl,
  zip: extractZip
};

function failed(error: unknown): ExtractResult {
  if (error instanceof ExtractFailure) {
    return { ok: false, code: error.code, message: error.message, ...(error.detail ? { detail: error.detail } : {}) };
  }
  // A bug or a library failing in an unforeseen way: report it, do not crash the import.
  return { ok: false, code: 'internal', message: `This file could not be read: ${REPORT_THE_BUG}.`, detail: errorMessage(error) };
}

/** Final pass on every article: normalised text, blank ones dropped. */
function finishArticles(articles: ExtractedArticle[]): ExtractedArticle[] {
  return articles.map((a) => ({ ...a, text: tidyText(a.text) })).filter((a) => !isBlank(a.text));
}

/** Dispatches one file (or archive entry) to its extractor within an existing context. */
async function extractWithin(bytes: Uint8Array, fileName: string, ctx: ExtractContext): Promise<ExtractResult> {
  try {
    if (ctx.signal.aborted) throw abortFailure(ctx.signal);
    if (bytes.length > ctx.limits.maxFileBytes) {
      throw new ExtractFailure(
        'too-large',
        `This file is ${formatBytes(bytes.length)}, over the limit of ${formatBytes(ctx.limits.maxFileBytes)}; split it into smaller files and import those.`
      );
    }
    const choice = chooseFormat(fileName, bytes);
    if ('unsupported' in choice) throw new ExtractFailure('unsupported', choice.unsupported);
    if (choice.mismatch) ctx.warnings.push({ code: 'extension-mismatch', message: choice.mismatch });
    const extracted = await EXTRACTORS[choice.format](bytes, ctx);
    const articles = finishArticles(extracted.articles);
    if (articles.length === 0) throw new ExtractFailure('empty', `No text was found in this file; ${CHECK_THE_FILE}.`);
    return {
      ok: true,
      articles,
      warnings: ctx.warnings,
      format: extracted.format,
      ...(extracted.entries ? { entries: extracted.entries } : {})
    };
  } catch (error) {
    if (ctx.signal.aborted) return failed(abortFailure(ctx.signal));
    return failed(error);
  }
}

/**
 * Reads one file into articles. Picks the extractor by extension, corrected by magic bytes; returns
 * `{ok:false, code, message}` for anything it cannot read (codes in docs/formats.md). Never throws;
 * returns `timeout` after `limits.timeoutMs` (default 20 s) even if an extractor is still busy.
 * @example
 * const result = await extractFile({ bytes: await readFile(path), fileName: path });
 * if (result.ok) for (const a of result.articles) console.log(a.meta.title, a.text.length);
 */
export async function extractFile(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractResult> {
  const limits = resolveLimits(options.limits);
  const format = chooseFormatSafely(input);
  if (!options.signal?.aborted && format !== undefined && SYNCHRONOUS_FORMATS.has(format)) {
    return extractWithin(input.bytes, input.fileName, context(input, limits, NEVER_ABORTED, options.mapping));
  }
  // NB: loading pdf.js takes a second or two (over 15 s on a busy machine, or in a worker started
  // from source), jsdom and mammoth most of a second, which is no fault of the file: inside the
  // clock it failed an import's first PDF with `timeout`. So the parser loads before the clock starts.
  const loadParser = format === undefined ? undefined : PARSER_LOADERS[format];
  if (loadParser) await loadParser().catch(() => undefined);
  const controller = new AbortController();
  const onCallerAbort = (): void => controller.abort(new ExtractFailure('aborted', CANCELLED));
  if (options.signal?.aborted) onCallerAbort();
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });
  const timer = setTimeout(
    () => controller.abort(new ExtractFailure('timeout', tookTooLong(limits.timeoutMs))),
    limits.timeoutMs
  );
  // Settles on timeout or cancellation, whichever comes first.
  const stopped = new Promise<ExtractResult>((resolve) => {
    const settle = (): void => resolve(failed(abortFailure(controller.signal)));
    if (controller.signal.aborted) settle();
    else controller.signal.addEventListener('abort', settle, { once: true });
  });
  const ctx = context(input, limits, controller.signal, options.mapping);
  try {
    // NB: the race returns on time even when an extractor ignores the abort; its late result is dropped.
    return await Promise.race([extractWithin(input.bytes, input.fileName, ctx), stopped]);
  } catch (error) {
    return failed(error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
  }
}

/** Parsers loaded on first use, each cached by its loader (see `extractFile`). */
const PARSER_LOADERS: Partial<Record<FormatId, () => Promise<unknown>>> = {
  pdf: loadPdfJs,
  html: loadDomLibraries,
  docx: () => import('mammoth')
};

/** The format a file will be read as, or undefined when it has none (the guarded path then says why). */
function chooseFormatSafely(input: ExtractInput): FormatId | undefined {
  try {
    const choice = chooseFormat(input.fileName, input.bytes);
    return 'format' in choice ? choice.format : undefined;
  } catch {
    // Not even sniffable: the guarded path reports why.
    return undefined;
  }
}

function context(input: ExtractInput, limits: Limits, signal: AbortSignal, mapping: ColumnMapping | undefined): ExtractContext {
  return {
    fileName: input.fileName,
    limits,
    signal,
    mapping,
    depth: 0,
    zipBudget: { remainingBytes: limits.zipMaxTotalBytes },
    warnings: [],
    extractNested: (bytes, fileName, child) => extractWithin(bytes, fileName, child)
  };
}

/**
 * Formats whose extractors never wait on anything. NB: a timer cannot interrupt them — a running
 * synchronous extractor blocks the very event loop the timer needs; the pool's watchdog is what
 * stops a stuck worker — so they skip the abort controller, timer and race, which cost more than
 * reading a short wire story.
 */
const SYNCHRONOUS_FORMATS: ReadonlySet<FormatId> = new Set(['txt', 'md']);
const NEVER_ABORTED = new AbortController().signal;

/**
 * True when a file's name says it is plain text or Markdown, read by code that cannot hang; other
 * formats run parsers (pdf.js, jsdom, mammoth, zip) that a crafted file might keep busy, so an
 * import reads them in a worker a watchdog can stop.
 */
export function isPlainTextName(fileName: string): boolean {
  const format = formatOfName(fileName);
  return format !== undefined && SYNCHRONOUS_FORMATS.has(format);
}
