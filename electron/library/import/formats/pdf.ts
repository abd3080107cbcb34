/**
 * PDF files: text layer read with pdf.js (eval off, no font loading, no fetching), pages in order,
 * lines and paragraphs rebuilt from positioned text ({@link layoutLines}), running headers and
 * footers left out ({@link dropRunningLines}), a paragraph cut by a page break joined again
 * ({@link joinPages}). Image-only, encrypted and damaged files fail with their own code.
 */
import type { ExtractContext, Extracted } from './context';
import { abortFailure, throwIfAborted } from './context';
import { CHECK_THE_FILE, ExtractFailure, errorMessage } from './failure';
import { normalizePdfText } from './pdfBidi';
import { pdfDrawsSomething } from './pdfDrawing';
import { joinPages, layoutLines, toLines, type Line, type PdfTextRun } from './pdfLayout';
import { dropRunningLines } from './pdfRunningLines';
import { pdfInfoToMeta } from './pdfMeta';
import { crosscheckReportFailure, isCrosscheckPdfInfo } from './crosscheckReport';
import { loadPdfJs, pdfDataDirs } from './pdfjs';

/** What to do about a PDF pdf.js cannot open: readers repair many damaged files when they save them. */
const REPAIR_PDF = 'open it in a PDF reader, save or print it to a new PDF and import that.';

type PdfDocument = Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfJs>>['getDocument']>['promise']>;

/** Turns pdf.js's load errors into failures a user understands. */
function loadFailure(error: unknown, signal: AbortSignal): ExtractFailure {
  if (signal.aborted) return abortFailure(signal);
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException')
    return new ExtractFailure(
      'encrypted',
      'This is a password-protected PDF; open it with its password, save a copy without one and import that.'
    );
  const reason = errorMessage(error);
  if (name === 'InvalidPDFException')
    return new ExtractFailure('corrupt', `This PDF is damaged and cannot be read; ${REPAIR_PDF}`, reason);
  return new ExtractFailure('corrupt', `This PDF cannot be read; ${REPAIR_PDF}`, reason);
}

function toRuns(items: readonly unknown[]): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null || !('str' in item)) continue; // marked-content markers
    const { str, dir, transform, width, height, hasEOL } = item as {
      str: string;
      dir: string;
      transform: number[];
      width: number;
      height: number;
      hasEOL: boolean;
    };
    runs.push({
      str: normalizePdfText(str),
      rtl: dir === 'rtl',
      x: transform[4] ?? 0,
      y: transform[5] ?? 0,
      width: width || 0,
      height: height || Math.hypot(transform[2] ?? 0, transform[3] ?? 0),
      hasEOL
    });
  }
  return runs;
}

/** Reads a PDF as one article (all pages). */
export async function extractPdf(bytes: Uint8Array, ctx: ExtractContext): Promise<Extracted> {
  if (bytes.length === 0) throw new ExtractFailure('empty', `This PDF is empty (0 bytes); ${CHECK_THE_FILE}.`);
  const pdfjs = await loadPdfJs();
  throwIfAborted(ctx.signal);
  const task = pdfjs.getDocument({
    // NB: a plain Uint8Array copy. pdf.js may transfer (detach) the buffer it is given, and it
    // refuses a Node Buffer outright — which is what files read from disk are (`Buffer.slice` is a
    // view that is still a Buffer, so it is no copy and no fix).
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    stopAtErrors: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: 0,
    ...pdfDataDirs()
  });
  const onAbort = (): void => void task.destroy();
  ctx.signal.addEventListener('abort', onAbort, { once: true });
  try {
    let doc: PdfDocument;
    try {
      doc = await task.promise;
    } catch (error) {
      throw loadFailure(error, ctx.signal);
    }
    // The info dictionary describes the file (its creation date is the day it was made): fallbacks
    // only. Its Creator and Producer also tell a report Crosscheck exported.
    const info = await doc
      .getMetadata()
      .then((m) => (m.info ?? {}) as Record<string, unknown>)
      .catch(() => ({}));
    if (isCrosscheckPdfInfo(info)) throw crosscheckReportFailure();
    const fileMeta = pdfInfoToMeta(info);
    const pageCount = Math.min(doc.numPages, ctx.limits.maxPdfPages);
    if (doc.numPages > pageCount) {
      ctx.warnings.push({ code: 'truncated', message: `Only the first ${pageCount} of ${doc.numPages} pages were read` });
    }
    const pages: Line[][] = [];
    let failedPages = 0;
    for (let n = 1; n <= pageCount; n++) {
      throwIfAborted(ctx.signal);
      try {
        const page = await doc.getPage(n);
        // NB: pdf.js folds ligatures before it puts an RTL run in reading order, which reverses an
        // Arabic ligature's letters; toRuns folds them after (normalizePdfText).
        const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: true });
        pages.push(toLines(toRuns(content.items)));
        page.cleanup();
      } catch (error) {
        throwIfAborted(ctx.signal);
        failedPages++;
        ctx.warnings.push({ code: 'page-failed', message: `Page ${n} could not be read (${errorMessage(error)})` });
      }
    }
    if (pageCount > 0 && failedPages === pageCount) {
      throw new ExtractFailure('corrupt', `This PDF is damaged: none of its pages could be read; ${REPAIR_PDF}`);
    }
    const text = joinPages(dropRunningLines(pages).map(layoutLines));
    if (!/[\p{L}\p{N}]/u.test(text)) {
      // NB: pdf.js reads a page whose content it cannot parse as an empty page, so "no text" alone
      // would send a damaged file to text recognition; a scan draws images (pdfDrawing.ts).
      if (pageCount === 0)
        throw new ExtractFailure('corrupt', `This PDF is damaged: none of its pages can be found; ${REPAIR_PDF}`);
      if (!pdfDrawsSomething(bytes)) {
        throw new ExtractFailure(
          'corrupt',
          'This PDF shows no text and no pictures, so it is damaged or its pages are blank; open it in a PDF reader, and if its pages show text there, save or print it to a new PDF and import that.'
        );
      }
      throw new ExtractFailure(
        'no-text-layer',
        'This PDF has no text layer (it is probably a scanned image); run it through text recognition (OCR) and import the result.'
      );
    }
    return { format: 'pdf', articles: [{ text, meta: {}, fileMeta }] };
  } finally {
    ctx.signal.removeEventListener('abort', onAbort);
    await task.destroy().catch(() => undefined);
  }
}
