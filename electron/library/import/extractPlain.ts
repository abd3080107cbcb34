import path from 'node:path';
import type { ExtractResult } from '../../../shared/import/types';

/** Extensions the plain-text reader takes. */
export const PLAIN_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);

/**
 * Reads a UTF-8 plain-text or Markdown file. Rejects, with a reason the user can act on, files
 * that are empty, binary, or not valid UTF-8 — never imports them garbled.
 */
export function extractPlain(bytes: Uint8Array, fileName: string): ExtractResult {
  const ext = path.extname(fileName).toLowerCase();
  if (!PLAIN_EXTENSIONS.has(ext)) {
    return { ok: false, code: 'unsupported', message: `Unsupported file type "${ext || 'no extension'}".` };
  }
  if (bytes.length === 0) return { ok: false, code: 'empty', message: 'The file is empty.' };
  if (looksBinary(bytes)) {
    return { ok: false, code: 'binary', message: 'This is a binary file, not text.' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, code: 'not-utf8', message: 'The file is not valid UTF-8 text.' };
  }
  if (text.trim() === '') return { ok: false, code: 'empty', message: 'The file holds only whitespace.' };
  return { ok: true, format: ext === '.md' || ext === '.markdown' ? 'markdown' : 'text', articles: [{ text, meta: {} }], warnings: [] };
}

/** NUL bytes in the first 8 KiB, as git and grep decide. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
