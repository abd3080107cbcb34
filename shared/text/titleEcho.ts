import { foldText } from './fold';

/** The letters and digits of a line, folded, so case, spacing and punctuation do not count. */
function lineKey(line: string): string {
  return foldText(line).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The body's first paragraph when it only repeats the title (same words up to case, white space
 * and punctuation), as a range of the body; null otherwise. Scraped text usually opens with its
 * headline, which import takes as the title (docs/import.md, Metadata from text), so showing the
 * body whole would print the headline twice. The body keeps the line (highlights anchor on body
 * offsets, and re-importing every library to drop it would re-anchor them); views skip it.
 *
 * @example titleEcho('Syria talks fail', 'Syria talks fail\n\nThe talks…') // { start: 0, end: 16 }
 */
export function titleEcho(title: string, body: string): { start: number; end: number } | null {
  const key = lineKey(title);
  if (key === '') return null;
  const lead = /^\s*/.exec(body)![0].length;
  // NB: a first paragraph far longer than the title cannot repeat it, so only the opening is
  // searched for its end: a huge text of one paragraph is neither scanned nor folded whole.
  const breakAt = body.slice(lead, lead + title.length * 4 + 200).search(/\n[ \t\u00a0]*\n/);
  if (breakAt < 0) return null;
  const end = lead + breakAt;
  // A body that is only its title has nothing else to show: keep it.
  if (body.slice(end).trim() === '') return null;
  const paragraph = body.slice(lead, end).trimEnd();
  return lineKey(paragraph) === key ? { start: lead, end: lead + paragraph.length } : null;
}
