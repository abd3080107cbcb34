/**
 * Article clean-up: the text a reader shows, and what was set aside to get it.
 */
import { classifyLines } from './classify';
import { trimSpan } from './lines';
import type { Removal } from './removal';

export { REMOVAL_REASONS, type Removal, type RemovalReason } from './removal';

/** The result of {@link cleanArticle}. */
export interface CleanResult {
  /** The reporting: paragraphs separated by one blank line, spaces normalised, entities repaired. */
  clean: string;
  /**
   * What was set aside, in text order, with offsets into the text given to `cleanArticle` —
   * whole lines (without their line break or surrounding spaces) or markers inside a line.
   */
  removed: Removal[];
  /** How many HTML entities were repaired in the clean text (`& nbsp;`, `&#8217;`). */
  repairs: number;
}

/**
 * Cleans one article's text: sets aside boilerplate lines (share prompts, related links, ads,
 * comment forms, navigation, reading times, captions, repeated headlines, translation notices) and
 * template markers, repairs broken HTML entities, and normalises whitespace. Reporting is never
 * rewritten: every kept paragraph is the original line with only those repairs.
 *
 * NB: offsets are into `text` exactly as given; pass the same string the library stores as the
 * original (after any line-ending normalisation), or the reader's marks will drift.
 *
 * @example
 * const r = cleanArticle('Talks failed\n\nTalks failed\n2 min read\nRebels met on Wednesday.');
 * r.clean // 'Talks failed\n\nRebels met on Wednesday.'
 * r.removed.map(x => x.reason) // ['duplicate-title', 'reading-time']
 */
export function cleanArticle(text: string): CleanResult {
  const lines = classifyLines(text);
  const removed: Removal[] = [];
  const paragraphs: string[] = [];
  let repairs = 0;
  for (const line of lines) {
    if (line.reason !== undefined) {
      const span = trimSpan(text, line.start, line.end);
      removed.push({ ...span, reason: line.reason, text: text.slice(span.start, span.end) });
      continue;
    }
    for (const cut of line.cuts) {
      const start = line.start + cut.start;
      const end = line.start + cut.end;
      removed.push({ start, end, reason: cut.reason, text: text.slice(start, end) });
    }
    if (line.text !== '') {
      paragraphs.push(line.text);
      repairs += line.repairs;
    }
  }
  return { clean: paragraphs.join('\n\n'), removed, repairs };
}
