import { pathToFileURL } from 'node:url';
import { REPORT_CSP } from '@shared/export/html';

/**
 * No request leaves the printing Chromium: every host name, IP addresses and `localhost`
 * included, resolves to nothing (checked with Chromium 156: an image, a stylesheet and an IPv6
 * address on a local server were asked for three times without it, never with it). The report's
 * own policy already allows no address (docs/export.md, *Safety*); this holds for any page.
 */
const NO_NETWORK = ['--host-resolver-rules=MAP * ~NOTFOUND', '--disable-background-networking'];

/** Where one print reads and writes, and whether Chromium's sandbox is kept. */
export interface PrintPaths {
  /** The report's HTML file. */
  readonly page: string;
  /** Where Chromium writes the PDF. */
  readonly pdf: string;
  /** A throwaway profile folder. */
  readonly profile: string;
  /**
   * Leave Chromium's renderer sandbox on. Off only when it cannot work: Chromium refuses to start
   * sandboxed as root, and some containers have no usable sandbox (printPdf.ts decides).
   */
  readonly sandbox: boolean;
}

/**
 * The command line of a headless Chromium that prints `page` to `pdf`. Page size, margins and page
 * numbers come from the report's own `@page` CSS, so `--no-pdf-header-footer` drops Chromium's
 * header (the temporary file's address) and footer.
 */
export function chromiumPrintArgs(paths: PrintPaths): string[] {
  return [
    '--headless',
    ...(paths.sandbox ? [] : ['--no-sandbox']),
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-extensions',
    ...NO_NETWORK,
    '--no-first-run',
    '--no-default-browser-check',
    '--mute-audio',
    `--user-data-dir=${paths.profile}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${paths.pdf}`,
    pathToFileURL(paths.page).href
  ];
}

/**
 * The page as printed: the HTML with the report's Content-Security-Policy put first, before
 * anything else of it is parsed, so no script runs in it whatever it holds (`default-src 'none'`
 * leaves `script-src` none) and it loads nothing but inline styles and `data:` images — even HTML
 * that does not carry the policy itself. NB: this is how scripts are off here. Chromium's
 * `--blink-settings=scriptEnabled=false` makes the headless Chromium 156 exit 0 with no PDF at
 * all, and `--disable-javascript` is no Chromium switch (the script ran with it).
 *
 * After a leading `<!DOCTYPE html>` (so the page keeps standards mode), the `<meta>` opens the
 * head; the HTML parser then merges the document's own `<html lang>` into that element and
 * ignores its second `<head>`, so the language and everything in the head are as written.
 *
 * @example withPrintPolicy('<!DOCTYPE html><html lang="fr">…') // '<!DOCTYPE html><meta http-equiv="Content-Security-Policy" …><html lang="fr">…'
 */
export function withPrintPolicy(html: string): string {
  const policy = `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`;
  const doctype = /^\uFEFF?\s*<!DOCTYPE[^>]*>/i.exec(html);
  return doctype ? `${doctype[0]}${policy}${html.slice(doctype[0].length)}` : `${policy}${html}`;
}
