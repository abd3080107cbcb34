/**
 * What the marks in the columns mean, in the colours the passages are drawn in. Each passage has
 * its own colour (the same in every column); the strength of its fill says how close its copies
 * are, so each swatch shows three passage colours at that strength rather than one colour no
 * passage may carry.
 *
 * NB: the kinds are graded per passage by `shared/compare` (classifyPassage): *exact* is the same
 * words in the same order; *lightly edited* keeps at least 80 % of the words in order; below that a
 * passage is *reworded or cut*. A passage takes the kind of its least alike sentence, and a name
 * spelled another way (Deraa / Daraa, U.N. / UN) counts as a changed word: that is why wire copies
 * with house-style edits show as lightly edited rather than exact (docs/compare.md).
 */
export function CompareLegend() {
  return (
    <ul className="compare-legend" aria-label="Legend" data-testid="compare-legend">
      <li title="Exact copy: the same words in the same order">
        <span className="legend-swatch legend-swatch--exact" aria-hidden="true" />
        Word for word
      </li>
      <li title="Lightly edited: at least 80% of the words the same and in the same order. A few words changed, added or dropped; a name spelled another way (Deraa / Daraa) counts as a change">
        <span className="legend-swatch legend-swatch--light" aria-hidden="true" />
        Lightly edited
      </li>
      <li title="Reworded or cut: fewer than 80% of the words in the same order. The same content in other words or order, or the passage with a clause added or cut">
        <span className="legend-swatch legend-swatch--reworded" aria-hidden="true" />
        Reworded or cut
      </li>
      <li title="Text no other source has">
        <span className="legend-swatch legend-swatch--unique" aria-hidden="true" />
        Only in one source
      </li>
      <li className="compare-legend__hint">Each passage its own colour, in every column</li>
    </ul>
  );
}
