/**
 * Loading pdf.js once, configured for hostile input on Node: the worker runs in-process (pdf.js
 * looks for `globalThis.pdfjsWorker` before trying to spawn or fetch one), and the only files it may
 * read are the CMaps and standard fonts shipped inside the pdfjs-dist package.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/** The pdf.js module, its in-process worker registered. Loaded on first use (it is large). */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

let dataDirs: { cMapUrl?: string; standardFontDataUrl?: string } | undefined;

/**
 * Local folders of pdf.js's CMaps (needed to read text in CJK fonts that do not embed them) and
 * standard fonts. Empty when they cannot be found (a bundle without node_modules): text extraction
 * still works for most PDFs.
 */
export function pdfDataDirs(): { cMapUrl?: string; standardFontDataUrl?: string } {
  if (dataDirs) return dataDirs;
  try {
    const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    dataDirs = {
      cMapUrl: path.join(root, 'cmaps') + path.sep,
      standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep
    };
  } catch {
    dataDirs = {};
  }
  return dataDirs;
}
