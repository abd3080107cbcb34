/** Helpers shared by the extractor tests (not used by production code). */
import type { ExtractResult } from '@shared/import/types';
import { extractFile, type ExtractOptions } from './index';

/** Runs extractFile on a string or bytes under a file name. */
export function extract(fileName: string, content: string | Uint8Array, options?: ExtractOptions): Promise<ExtractResult> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return extractFile({ bytes, fileName }, options);
}

/** Narrows a result to success, failing the test with the failure's message otherwise. */
export function expectOk(result: ExtractResult): Extract<ExtractResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  return result;
}

/** Narrows a result to failure, failing the test when it succeeded. */
export function expectFailure(result: ExtractResult): Extract<ExtractResult, { ok: false }> {
  if (result.ok)
    throw new Error(`expected failure, got ${result.articles.length} article(s): ${result.articles[0]?.text.slice(0, 80)}`);
  return result;
}
