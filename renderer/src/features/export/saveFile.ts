import { call } from '../../lib/api';
import { decodeBase64 } from './base64';
import type { RenderedExport } from './exportJob';

/** The exported file as a Blob of its media type. */
export function exportBlob(rendered: RenderedExport): Blob {
  const data = rendered.encoding === 'base64' ? decodeBase64(rendered.content) : rendered.content;
  return new Blob([data], { type: rendered.mediaType });
}

/**
 * Browser mode: hands the file to the browser as a download (a Blob and an anchor with
 * `download`). The page never names a path; the browser saves where its settings say.
 */
export function downloadExport(rendered: RenderedExport): void {
  const url = URL.createObjectURL(exportBlob(rendered));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = rendered.fileName;
  anchor.rel = 'noopener';
  anchor.click();
  // NB: revoking at once can cancel the download before the browser has read the Blob.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The desktop app: the native Save dialog (which asks before replacing a file) and an atomic write
 * where it says, in the main process. Answers the path saved to, or null when the user cancelled.
 */
export async function saveExportWithDialog(rendered: RenderedExport): Promise<string | null> {
  const { path } = await call('dialog:saveExport', {
    fileName: rendered.fileName,
    content: rendered.content,
    encoding: rendered.encoding
  });
  return path;
}
