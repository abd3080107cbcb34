import { BrowserWindow, session } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppFailure } from '@shared/contract/result';
import type { PrintPdf } from '../library/export/printPdf';

/** The print window's own in-memory session. */
const PRINT_PARTITION = 'crosscheck-print';

let printSessionLocked = false;

/**
 * Gives the print window's session no network and no permissions. NB: security.ts's
 * `hardenSessions` guards the default session only, and this window has a session of its own;
 * the report's policy already allows no address, this holds whatever the HTML says (review 14,
 * finding 10). Only the report's temporary file (and `data:` images in it) may load.
 */
function lockPrintSession(): void {
  if (printSessionLocked) return;
  printSessionLocked = true;
  const ses = session.fromPartition(PRINT_PARTITION);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith('file:') && !details.url.startsWith('data:') });
  });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/**
 * The desktop app's PDF printer: Electron's own Chromium prints the report's HTML
 * (`webContents.printToPDF`), the same engine the CLI and browser mode run headless, so a PDF
 * looks the same from every host. The report loads from a temporary file into a hidden window
 * with no script, no preload and an in-memory session of its own with no network, and the window
 * and file go when it is printed. Page size, margins and page numbers come from the report's `@page` CSS.
 */
export const printReportPdf: PrintPdf = async (html, signal) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-pdf-'));
  const file = path.join(dir, 'report.html');
  fs.writeFileSync(file, html, 'utf8');
  lockPrintSession();
  const window = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, partition: PRINT_PARTITION }
  });
  const cancelled = new Promise<never>((_, reject) =>
    signal?.addEventListener('abort', () => reject(new AppFailure('cancelled', 'The export was cancelled. Nothing was saved.')), {
      once: true
    })
  );
  try {
    await Promise.race([window.loadFile(file), cancelled]);
    const pdf = await Promise.race([
      window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false }),
      cancelled
    ]);
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
