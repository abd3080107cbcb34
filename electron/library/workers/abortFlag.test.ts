import { describe, expect, it } from 'vitest';
import { abortFlagOf, signalOfAbortFlag } from './abortFlag';

// The host's and the worker's ends in one thread: the import's own cancel (importJob.test.ts)
// crosses the real worker boundary.
describe('abortFlag: an AbortSignal at both ends of a worker boundary', () => {
  it('a signal already aborted gives a worker signal already aborted', () => {
    const signal = signalOfAbortFlag(abortFlagOf(AbortSignal.abort()));
    expect(signal.aborted).toBe(true);
    expect(signal).toBeInstanceOf(AbortSignal);
  });

  it('the worker end sees an abort at once in a loop that never yields, and fires abort when the loop turns', async () => {
    const host = new AbortController();
    const worker = signalOfAbortFlag(abortFlagOf(host.signal));
    let heard = 0;
    worker.addEventListener('abort', () => heard++);
    expect(worker.aborted).toBe(false);
    host.abort();
    // Synchronously, as the import's loop reads it between files.
    expect(worker.aborted).toBe(true);
    expect(heard).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heard).toBe(1);
  });

  it('fires abort on the worker end without anyone reading it, once its event loop turns', async () => {
    const host = new AbortController();
    const worker = signalOfAbortFlag(abortFlagOf(host.signal));
    const heard = new Promise<void>((resolve) => worker.addEventListener('abort', () => resolve()));
    host.abort();
    await heard;
  });
});
