/** Marks an article of the sample collection that ships with Crosscheck, so it is not taken for the user's own. */
export function SampleBadge() {
  return (
    <span className="sample-badge" title="From the sample collection that comes with Crosscheck">
      Sample
    </span>
  );
}
