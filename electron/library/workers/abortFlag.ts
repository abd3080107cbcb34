/**
 * Cancellation across a worker boundary as an AbortSignal at both ends (issue 14: one cancellation
 * type). The host turns its signal into a shared memory word ({@link abortFlagOf}); the worker turns
 * the word back into a signal ({@link signalOfAbortFlag}).
 *
 * NB: a message would not do: the import worker reads files synchronously for long stretches and
 * does not yield to receive one, so its checks must see the host's abort at once.
 */

/** Host end: a word set to 1 when `signal` aborts, for a worker to read with {@link signalOfAbortFlag}. */
export function abortFlagOf(signal: AbortSignal): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(4);
  const flag = new Int32Array(buffer);
  const set = (): void => {
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  };
  if (signal.aborted) set();
  else signal.addEventListener('abort', set, { once: true });
  return buffer;
}

const abortedOf = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted')!.get!;

/**
 * Worker end: an AbortSignal aborted when the host sets the word. Reading `aborted` looks at the
 * word itself, so a synchronous loop checking it sees the host's abort at once; `abort` listeners
 * run when the host sets it (as soon as this thread's event loop turns) or when `aborted` is read
 * after, whichever comes first.
 */
export function signalOfAbortFlag(buffer: SharedArrayBuffer): AbortSignal {
  const flag = new Int32Array(buffer);
  const controller = new AbortController();
  const { signal } = controller;
  const sync = (): boolean => {
    if (!abortedOf.call(signal) && Atomics.load(flag, 0) === 1) controller.abort();
    return abortedOf.call(signal) as boolean;
  };
  Object.defineProperty(signal, 'aborted', { get: sync });
  if (!sync()) {
    // Wakes this thread when the host sets the word, without polling; a pending wait does not keep
    // the thread alive. Not async: the word changed between the two looks.
    const wait = (Atomics as unknown as AtomicsWaitAsync).waitAsync(flag, 0, 0);
    if (wait.async) void wait.value.then(sync);
    else sync();
  }
  return signal;
}

/** `Atomics.waitAsync`: ES2024, in Node since 16 and so in Electron; the ES2023 lib does not type it. */
interface AtomicsWaitAsync {
  waitAsync(array: Int32Array, index: number, value: number): { async: false; value: string } | { async: true; value: Promise<string> };
}
