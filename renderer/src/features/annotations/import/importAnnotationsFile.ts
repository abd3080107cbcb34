import { formatCount } from '../../../lib/format';

/** The largest annotations file the dialog reads: far above any real export, below what would stall the window. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * The largest request browser mode's server takes (electron/serve/server.ts `MAX_BODY_BYTES`).
 * NB: the file travels inside a JSON request, where each quote and backslash is escaped, so the
 * request is measured, not the file.
 */
export const BROWSER_MODE_REQUEST_BYTES = 8 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${formatCount(Math.max(1, Math.round(bytes / (1024 * 1024))))} MB`;
}

/**
 * Why this file cannot be imported before it is even sent, in a sentence, or null when it can:
 * too large, or plainly not JSON (the engine says the rest: no annotations in it, and so on).
 * `browserMode` applies the served page's request limit as well.
 */
export function fileProblem(name: string, bytes: number, text: string | null, browserMode: boolean): string | null {
  if (bytes > MAX_FILE_BYTES)
    return `“${name}” is ${megabytes(bytes)}; an annotations file can be at most ${megabytes(MAX_FILE_BYTES)}. Export fewer annotations at a time (the notes panel’s filter) and import each file.`;
  if (text === null) return null;
  if (!/^\uFEFF?\s*[[{]/.test(text))
    return `“${name}” is not a JSON file, so it holds no W3C annotations. Choose the .jsonld file that Export → W3C JSON (or crosscheck export --format json) wrote.`;
  if (browserMode && new TextEncoder().encode(JSON.stringify({ content: text, dryRun: false })).length > BROWSER_MODE_REQUEST_BYTES)
    return `“${name}” is too large for browser mode, which takes annotations files up to about ${megabytes(BROWSER_MODE_REQUEST_BYTES)}. Import it in the desktop app or with crosscheck import-annotations.`;
  return null;
}
