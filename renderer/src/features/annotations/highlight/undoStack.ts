/** One user action that can be taken back and done again (each half saves as it runs). */
export interface UndoEntry {
  /** What the action did, for a message (`Highlight deleted`). */
  readonly label: string;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
}

/** What {@link UndoStack.undo} and {@link UndoStack.redo} answer: the entry run, or null when there was none. */
export type UndoOutcome = { readonly label: string } | null;

/**
 * The annotation actions of a session, to undo and redo in order. A new action drops what was
 * undone after it (as in every editor). Runs are queued: a second Ctrl+Z pressed while the first
 * undo is still saving waits for it, so the stack never runs two halves at once.
 *
 * NB: an entry that fails (the engine refused it) is dropped rather than kept, so a broken entry
 * cannot block every undo behind it; the error reaches the caller.
 *
 * @example
 * const stack = new UndoStack();
 * stack.push({ label: 'Highlight made', undo: () => remove(id), redo: () => restore(made) });
 * await stack.undo(); // runs remove(id)
 */
export class UndoStack {
  private readonly done: UndoEntry[] = [];
  private readonly undone: UndoEntry[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();

  /** @param limit how many actions are kept; the oldest go first. */
  constructor(private readonly limit = 200) {}

  /** Records an action that has just been done. */
  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
    this.notify();
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Takes back the latest action still done. */
  undo(): Promise<UndoOutcome> {
    return this.run(this.done, this.undone, (entry) => entry.undo());
  }

  /** Does again the latest action undone. */
  redo(): Promise<UndoOutcome> {
    return this.run(this.undone, this.done, (entry) => entry.redo());
  }

  /** Calls `listener` whenever what can be undone or redone changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private run(from: UndoEntry[], to: UndoEntry[], step: (entry: UndoEntry) => Promise<void>): Promise<UndoOutcome> {
    const next = this.queue.then(async (): Promise<UndoOutcome> => {
      const entry = from.pop();
      if (!entry) return null;
      this.notify();
      await step(entry);
      to.push(entry);
      this.notify();
      return { label: entry.label };
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
