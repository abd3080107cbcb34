import { AppFailure } from '@shared/contract/result';
import type { FromEngine, HostCapability, ToEngine } from './protocol';

type Answer = Extract<ToEngine, { type: 'capability-answer' }>;

/**
 * The engine's side of host capabilities: each `ask` posts a request to the host and settles with
 * its answer. A host that closed never answers; the promise ends with the worker.
 */
export class HostRequests {
  private next = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  constructor(private readonly post: (message: FromEngine) => void) {}

  /** Asks the host for `name(...args)`; `signal` tells the host to stop (a cancelled PDF export). */
  ask<T>(name: HostCapability, args: readonly unknown[], signal?: AbortSignal): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(new AppFailure('cancelled', 'The export was cancelled; nothing was written.'));
      this.pending.set(id, { resolve: (value) => resolve(value as T), reject });
      signal?.addEventListener('abort', () => this.post({ type: 'capability-abort', id }), { once: true });
      this.post({ type: 'capability', id, name, args });
    });
  }

  /** Settles the request an answer is for. */
  receive(message: Answer): void {
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.ok) waiting.resolve(message.value);
    // A coded failure (`cancelled`, `unavailable`) keeps its code, so the UI hears the same as in-process.
    else waiting.reject(message.code === 'cancelled' || message.code === 'unavailable' ? new AppFailure(message.code, message.message) : new Error(message.message));
  }
}
