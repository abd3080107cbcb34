/**
 * Article ids an import has marked (written, or found unchanged), the current batch's kept apart
 * until its transaction commits: a rolled-back batch's marks are forgotten, as SQLite hands its
 * new ids out again and its updates never happened.
 *
 * @example
 * const written = new BatchIds();
 * written.add(7);          // inside the batch's transaction
 * written.commit();        // after it committed: 7 stays marked for the rest of the run
 */
export class BatchIds {
  private readonly run = new Set<number>();
  private batch = new Set<number>();

  /** Marks `id` in the batch being written. */
  add(id: number): void {
    this.batch.add(id);
  }

  /** Whether `id` was marked by a committed batch or by the one being written. */
  has(id: number): boolean {
    return this.run.has(id) || this.batch.has(id);
  }

  /** The batch committed: its marks hold for the rest of the run. */
  commit(): void {
    for (const id of this.batch) this.run.add(id);
    this.batch = new Set();
  }

  /** The batch rolled back (or is being written again): its marks are dropped. */
  forgetBatch(): void {
    this.batch = new Set();
  }
}
