import type { z } from 'zod';
import type { ExportRenderInput, ExportRendered } from '../../../shared/contract/exportSchemas';
import { renderReport, FORMAT_FILES } from '../../../shared/export/renderReport';
import type { ReadableDb } from '../db/connection';
import { gatherReport } from './gatherReport';

/**
 * `export:render`: the report for a scope in one text format, with a file name to suggest
 * (`<title>.md`). Browser mode downloads it, the desktop app and the CLI save it.
 */
export function renderExport(
  db: ReadableDb,
  input: z.output<typeof ExportRenderInput>,
  now: Date = new Date()
): z.output<typeof ExportRendered> {
  const report = gatherReport(db, input.scope, input.options, now);
  const { extension, mediaType } = FORMAT_FILES[input.format];
  return { content: renderReport(report, input.format), fileName: `${fileStem(report.title)}.${extension}`, mediaType };
}

/** A title as a file name that every system accepts: no separators, controls or reserved characters, at most 80 characters. */
export function fileStem(title: string): string {
  const stem = title
    // eslint-disable-next-line no-control-regex -- control characters are what must go
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return stem || 'Crosscheck report';
}
