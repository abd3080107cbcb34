import type { ReanchorOutcome } from '../annotations/reanchor';

/** Longest quote shown in the report line; a longer one is cut at a word with an ellipsis. */
const QUOTE_CHARS = 80;

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUOTE_CHARS) return `“${flat}”`;
  const cut = flat.slice(0, QUOTE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `“${(space > QUOTE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…”`;
}

/**
 * The import report's line for a file that changed since it was last imported: its article updated
 * in place, and what that did to the user's highlights. A highlight whose words changed (a figure
 * "76%" now "67%") is said as plainly as one that lost its words: for a fact-checker both matter
 * (review 14, finding 3).
 *
 * @example
 * updatedMessage('“Ad sales boost…” (no. 1)', false, { reanchored: 1, lost: 0, reworded: [{ id: 3, was: 'jumped 76%', now: 'jumped 67%' }] })
 * // 'Changed since it was last imported: its article “Ad sales boost…” (no. 1) updated in place. 1 highlight now reads
 * //  differently: “jumped 67%” (made on “jumped 76%”); marked with a dotted outline in the reader.'
 */
export function updatedMessage(
  called: string,
  correctionsKept: boolean,
  outcome: Pick<ReanchorOutcome, 'lost' | 'reworded'>
): string {
  const parts = [
    `Changed since it was last imported: its article ${called} updated in place${correctionsKept ? ' (your corrections kept)' : ''}.`
  ];
  const { lost, reworded } = outcome;
  if (reworded.length > 0) {
    const first = reworded[0]!;
    const more = reworded.length > 1 ? ` and ${reworded.length - 1} more` : '';
    parts.push(
      `${reworded.length === 1 ? '1 highlight now reads' : `${reworded.length} highlights now read`} differently: ${quoted(first.now)} (made on ${quoted(first.was)})${more}; marked with a dotted outline in the reader, both wordings in ${reworded.length === 1 ? 'its' : 'their'} popover.`
    );
  }
  if (lost > 0) {
    parts.push(
      `${lost === 1 ? '1 of your highlights' : `${lost} of your highlights`} lost ${lost === 1 ? 'its' : 'their'} words in the new text: kept with ${lost === 1 ? 'its' : 'their'} notes, listed as “Not found in the text” in the notes panel, to re-attach.`
    );
  }
  return parts.join(' ');
}
