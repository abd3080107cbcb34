/** Plain text files (.txt): the whole file is one article, text as written, no metadata. */
import type { ExtractContext, Extracted } from './context';
import { CHECK_THE_FILE, ExtractFailure } from './failure';
import { isBlank, tidyText } from './plainText';
import { readTextFile } from './textFile';

/** Reads a .txt file as one article. */
export async function extractTxt(bytes: Uint8Array, ctx: ExtractContext): Promise<Extracted> {
  const text = tidyText(readTextFile(bytes, ctx, 'text file'));
  if (isBlank(text)) throw new ExtractFailure('empty', `This text file has no readable text; ${CHECK_THE_FILE}.`);
  return { format: 'txt', articles: [{ text, meta: {} }] };
}
