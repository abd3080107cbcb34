/**
 * Reference extractors for the agreement sweeps: other tools' text of the same file, run as a
 * user would run them. `pdftotext` (Debian poppler-utils) for PDF, `pandoc` for DOCX, and
 * Readability run directly on a jsdom document for HTML (the library Crosscheck wraps, without
 * Crosscheck's guards, budgets and fallbacks).
 */
import { spawnSync } from 'node:child_process';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

/** What a reference tool read from a file: its text, or why it read nothing. */
export type ReferenceText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** True when the command exists on this machine. */
export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

function run(command: string, args: readonly string[]): ReferenceText {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) return { ok: false, reason: `${command} did not run (${r.error.message})` };
  if (r.status !== 0)
    return { ok: false, reason: `${command} exited with ${r.status}: ${(r.stderr ?? '').trim().split('\n')[0] ?? ''}` };
  return { ok: true, text: r.stdout };
}

/** The text `pdftotext` reads from a PDF (reading order of poppler's layout analysis). */
export function pdftotextOf(file: string): ReferenceText {
  return run('pdftotext', ['-q', '-enc', 'UTF-8', file, '-']);
}

/** The text `pandoc` reads from a DOCX (plain text, no wrapping). */
export function pandocOf(file: string): ReferenceText {
  return run('pandoc', ['--from', 'docx', '--to', 'plain', '--wrap', 'none', file]);
}

/**
 * The text Readability picks from an HTML page, with scripts off. The page is decoded by the
 * caller (with the encoding its label names), so this measures extraction, not decoding.
 */
export function readabilityOf(html: string, url = 'https://example.org/page.html'): ReferenceText {
  try {
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    const text = article?.textContent ?? '';
    dom.window.close();
    return text.trim() ? { ok: true, text } : { ok: false, reason: 'Readability found no article' };
  } catch (error) {
    return { ok: false, reason: `Readability failed (${error instanceof Error ? error.message : String(error)})` };
  }
}
