/**
 * The error a long pure computation (alignment, story grouping) throws when its caller's
 * `AbortSignal` has aborted. Its own module, with nothing else in it, so that code which only
 * needs to stop — story grouping in the import and stories workers — does not load the
 * alignment pipeline (and the diff library behind it) to get the class.
 */
export class AbortedError extends Error {
  /** `name` is `AbortError`, as the DOM's, which is what callers across a worker boundary test for. */
  constructor(message: string) {
    super(message);
    this.name = 'AbortError';
  }
}
