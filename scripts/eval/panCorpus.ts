/**
 * Reading the PAN 2013 text-alignment training corpus: its sub-corpora, their pair lists and
 * their XML ground truth (offsets in Unicode code points of the UTF-8 decoded documents).
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PanAnnotation } from './panMeasures';

/** The sub-corpora, one per obfuscation type, in the corpus's order. */
export const PAN_SUBCORPORA = [
  { name: '01-no-plagiarism', label: 'none (negatives)' },
  { name: '02-no-obfuscation', label: 'no obfuscation' },
  { name: '03-random-obfuscation', label: 'random' },
  { name: '04-translation-obfuscation', label: 'translation' },
  { name: '05-summary-obfuscation', label: 'summary' }
] as const;

/** One document pair of a sub-corpus, with its true cases (none for a negative pair). */
export interface PanPair {
  readonly sub: string;
  readonly susp: string;
  readonly src: string;
  readonly cases: PanAnnotation[];
}

/** The attributes of every `<feature … />` named `plagiarism` in one truth file. */
function parseTruth(xml: string, susp: string, src: string): PanAnnotation[] {
  const cases: PanAnnotation[] = [];
  for (const m of xml.matchAll(/<feature\b([^>]*?)\/?>/g)) {
    const attrs = new Map<string, string>();
    for (const a of m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)) attrs.set(a[1]!, a[2]!);
    if (attrs.get('name') !== 'plagiarism' || !attrs.has('this_offset')) continue;
    const ref = attrs.get('source_reference');
    if (ref !== undefined && ref !== src) throw new Error(`truth for ${susp} names ${ref}, pair says ${src}`);
    cases.push({
      thisRef: susp,
      thisOffset: Number(attrs.get('this_offset')),
      thisLength: Number(attrs.get('this_length')),
      sourceRef: src,
      sourceOffset: Number(attrs.get('source_offset')),
      sourceLength: Number(attrs.get('source_length'))
    });
  }
  return cases;
}

/** Reads the pairs and truth of one sub-corpus; `limit` keeps its first pairs only. */
export async function readSubcorpus(corpusDir: string, sub: string, limit?: number): Promise<PanPair[]> {
  const list = await readFile(join(corpusDir, sub, 'pairs'), 'utf8');
  const lines = list
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const chosen = limit === undefined ? lines : lines.slice(0, limit);
  return Promise.all(
    chosen.map(async (line) => {
      const [susp, src] = line.split(/\s+/) as [string, string];
      const truthFile = `${susp.replace(/\.txt$/, '')}-${src.replace(/\.txt$/, '')}.xml`;
      const xml = await readFile(join(corpusDir, sub, truthFile), 'utf8');
      return { sub, susp, src, cases: parseTruth(xml, susp, src) };
    })
  );
}
