import type { ReportHighlight } from './reportModel';

/**
 * What a report says of a highlight whose words changed when its article was imported again (state
 * `changed`, `madeOn` set): the reader popover's two lines, *Made on* and *Now reads*, under a
 * heading every format sets apart from the citation (review 15, #6: it was fine print in the grey
 * citation line, and a changed figure is what an editor must see). Null for any other highlight.
 */
export function changedWording(h: Pick<ReportHighlight, 'madeOn' | 'quote'>): {
  readonly heading: string;
  readonly madeOn: string;
  readonly nowReads: string;
} | null {
  if (h.madeOn === null) return null;
  const flat = (words: string) => words.replace(/\s+/g, ' ').trim();
  return { heading: 'Wording changed since the highlight was made', madeOn: flat(h.madeOn), nowReads: flat(h.quote) };
}
