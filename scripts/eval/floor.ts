/**
 * Accuracy floors for the evaluations (`--floor X`): CI runs each eval with a floor set a little
 * under today's score (docs/benchmarks.md), so a change that quietly makes search, alignment or
 * grouping worse turns the run red instead of only moving a number nobody reads.
 */

/** The `--floor` value as a number in [0, 1], or undefined when not given; exits with a message when malformed. */
export function parseFloor(value: string | undefined, usage: string): number | undefined {
  if (value === undefined) return undefined;
  const floor = Number(value);
  if (!(floor >= 0 && floor <= 1)) {
    process.stderr.write(`--floor takes a score between 0 and 1, not "${value}"\n${usage}\n`);
    process.exit(1);
  }
  return floor;
}

/** Prints the score against its floor; false when it is below (the caller then exits 1). */
export function meetsFloor(measure: string, score: number, floor: number): boolean {
  const ok = score >= floor;
  process.stdout.write(`${ok ? 'OK' : 'BELOW FLOOR'}: ${measure} ${score.toFixed(4)}, floor ${floor}\n`);
  return ok;
}
