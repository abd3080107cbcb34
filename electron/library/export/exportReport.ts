import type { z } from 'zod';
import type { ExportProgressEvent, ExportRenderInput, ExportRendered } from '@shared/contract/exportSchemas';
import { renderDocx } from '@shared/export/renderDocx';
import { renderHtml } from '@shared/export/renderHtml';
import { renderReport, FORMAT_FILES } from '@shared/export/renderReport';
import type { ReadableDb } from '../db/connection';
import { throwIfCancelled } from './exportJobs';
import { fileStem } from './fileStem';
import { gatherReport } from './gatherReport';
import { withPdfInfo } from './pdfInfo';
import { type PrintPdf, printWithChromium } from './printPdf';

/** Progress of one export, without the job id (the handler adds it). */
export type ExportProgress = Omit<ExportProgressEvent, 'jobId'>;

/** What an export needs from its caller besides the library and the input. */
export interface ExportContext {
  /** The report's date. */
  readonly now?: Date;
  /** Aborted: the export stops at its next step with a `cancelled` failure. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ExportProgress) => void;
  /** How PDFs are printed: Electron's printToPDF in the desktop app; a headless Chromium otherwise. */
  readonly printPdf?: PrintPdf;
}

/**
 * `export:render`: the report for a scope in one format, with a file name to suggest
 * (`<title>.md`). Text formats come back as the text (`encoding: 'utf8'`), PDF and DOCX as base64.
 * Browser mode downloads it, the desktop app and the CLI save it.
 */
export async function renderExport(
  db: ReadableDb,
  input: z.output<typeof ExportRenderInput>,
  context: ExportContext = {}
): Promise<z.output<typeof ExportRendered>> {
  const { signal, onProgress } = context;
  throwIfCancelled(signal);
  onProgress?.({ phase: 'gather', done: 0, total: 0 });
  const report = gatherReport(db, input.scope, input.options, context.now ?? new Date());
  onProgress?.({ phase: 'gather', done: report.sources.length, total: report.sources.length });
  await nextTurn();
  throwIfCancelled(signal);
  const { extension, mediaType } = FORMAT_FILES[input.format];
  const fileName = `${fileStem(report.title)}.${extension}`;
  const total = report.sources.length;
  onProgress?.({ phase: 'render', done: 0, total });
  if (input.format === 'pdf' || input.format === 'docx') {
    let bytes: Uint8Array;
    if (input.format === 'docx') bytes = await renderDocx(report);
    else {
      const html = renderHtml(report);
      onProgress?.({ phase: 'print', done: 0, total: 0 });
      try {
        // Chromium signs the file with its user agent; the report's own title and author replace it.
        bytes = withPdfInfo(await (context.printPdf ?? printWithChromium)(html, signal), report);
      } catch (error) {
        // A printer stopped by the signal fails in its own words; the caller must see `cancelled`.
        throwIfCancelled(signal);
        throw error;
      }
    }
    throwIfCancelled(signal);
    onProgress?.({ phase: 'render', done: total, total });
    return { content: Buffer.from(bytes).toString('base64'), encoding: 'base64', fileName, mediaType, bytes: bytes.byteLength };
  }
  const content = renderReport(report, input.format);
  throwIfCancelled(signal);
  onProgress?.({ phase: 'render', done: total, total });
  return { content, encoding: 'utf8', fileName, mediaType, bytes: Buffer.byteLength(content) };
}

/** Lets the event loop run (a cancel request, a progress event) between an export's steps. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
