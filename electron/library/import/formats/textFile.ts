/** Reading a text-based file (.txt, .md, .csv, .json…) into a string, with the checks every one needs. */
import type { ExtractContext } from './context';
import { CHECK_THE_FILE, ExtractFailure } from './failure';
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
      `This ${kind} is ${formatBytes(bytes.length)}, over the limit of ${formatBytes(ctx.limits.maxTextBytes)}; split it into smaller files and import those.`
    );
  }
  if (bytes.length === 0) throw new ExtractFailure('empty', `This ${kind} is empty (0 bytes); ${CHECK_THE_FILE}.`);
  const decoded = decodeText(bytes);
  if (isBlank(decoded.text)) throw new ExtractFailure('empty', `This ${kind} holds only blank space; ${CHECK_THE_FILE}.`);
  ctx.warnings.push(...decodeWarnings(decoded));
  return decoded.text;
}
