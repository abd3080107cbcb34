/** Reading a text-based file (.txt, .md, .csv, .json…) into a string, with the checks every one needs. */
import type { ExtractContext } from './context';
import { ExtractFailure } from './failure';
import { formatBytes } from './limits';
import { isBlank } from './plainText';
import { decodeText, decodeWarnings } from './textDecode';

/**
 * Decodes a text-based file, refusing files over `maxTextBytes`, binary files and empty ones, and
 * adding the decode's warnings (encoding guessed, invalid bytes) to the context.
 * @param kind How to call the file in messages (`text file`, `CSV file`).
 */
export function readTextFile(bytes: Uint8Array, ctx: ExtractContext, kind: string): string {
  if (bytes.length > ctx.limits.maxTextBytes) {
    throw new ExtractFailure(
      'too-large',
      `This ${kind} is ${formatBytes(bytes.length)}; the limit is ${formatBytes(ctx.limits.maxTextBytes)}`
    );
  }
  if (bytes.length === 0) throw new ExtractFailure('empty', `This ${kind} is empty — nothing to import`);
  const decoded = decodeText(bytes);
  if (isBlank(decoded.text)) throw new ExtractFailure('empty', `This ${kind} has only blank space — nothing to import`);
  ctx.warnings.push(...decodeWarnings(decoded));
  return decoded.text;
}
