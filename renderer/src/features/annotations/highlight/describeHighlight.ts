import type { HighlightSpan } from './layers';

/**
 * What a highlight is, in words, for a screen reader: its colour's meaning, whether it carries a
 * note, and whether its words changed since it was made. Sighted readers get these from the tint,
 * the legend and the dotted outline; a `title` on a run of text is not read out (review 15, #3).
 *
 * @example
 * describeHighlight('Claim', { id: 4, colour: 1, start: 0, end: 9, noted: true })
 * // 'Claim highlight, has a note'
 */
export function describeHighlight(meaning: string, span: Pick<HighlightSpan, 'noted' | 'changed'>): string {
  const parts = [`${meaning} highlight`];
  if (span.noted) parts.push('has a note');
  if (span.changed) parts.push('wording changed since it was made: open it to see both');
  return parts.join(', ');
}
