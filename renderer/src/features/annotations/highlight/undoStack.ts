/** One user action that can be taken back and done again (each half saves as it runs). */
export interface UndoEntry {
  /** What the action did, for a message (`Highlight deleted`). */
  readonly label: string;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
}

/**
 * What {@link UndoStack.undo} and {@link UndoStack.redo} answer: the entry run, or null when there
 * was none (or the action it would take back failed to save, so nothing was done to take back).
 */
export type UndoOutcome = { readonly label: string } | null;

/** An entry on the stack, with whether its action was saved (true) or failed (false). */
interface Slot {
  readonly entry: UndoEntry;
  readonly saved: Promise<boolean>;
}

const SAVED = Promise.resolve(true);

/**
 * The annotation actions of a session, to undo and redo in order. A new action drops what was
 * undone after it (as in every editor). Runs are queued: a second Ctrl+Z pressed while the first
 * undo is still saving waits for it, so the stack never runs two halves at once.
 *
 * An action goes on the stack as it is made, with the promise of its save: Ctrl+Z pressed while a
 * recolour is still being saved waits for that save and takes the recolour back. (Pushed when the
 * engine answered, the recolour was not on the stack yet, and that Ctrl+Z undid the action before
 * it.) An action whose save fails leaves the stack.
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
  private readonly done: Slot[] = [];
  private readonly undone: Slot[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();

  /** @param limit how many actions are kept; the oldest go first. */
  constructor(private readonly limit = 200) {}

  /**
   * Records an action just made. `saved`, when given, settles when the action has been saved: its
   * undo waits for it, and the entry leaves the stack if it rejects.
   */
  push(entry: UndoEntry, saved?: Promise<unknown>): void {
    const slot: Slot = {
      entry,
      saved: saved
        ? saved.then(
            () => true,
            () => false
          )
        : SAVED
    };
    this.done.push(slot);
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
    this.notify();
    if (saved) void slot.saved.then((ok) => ok || this.forget(slot));
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

  private run(from: Slot[], to: Slot[], step: (entry: UndoEntry) => Promise<void>): Promise<UndoOutcome> {
    const next = this.queue.then(async (): Promise<UndoOutcome> => {
      const slot = from.pop();
      if (!slot) return null;
      this.notify();
      if (!(await slot.saved)) return null;
      await step(slot.entry);
      to.push(slot);
      this.notify();
      return { label: slot.entry.label };
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Takes an action that failed to save off the stack, wherever it is. */
  private forget(slot: Slot): void {
    for (const list of [this.done, this.undone]) {
      const at = list.indexOf(slot);
      if (at >= 0) list.splice(at, 1);
    }
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
