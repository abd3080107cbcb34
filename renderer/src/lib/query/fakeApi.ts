import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { Fetcher } from './queryClient';

/** One call the fake engine received, answered (or failed) when the test says. */
export interface FakeCall {
  readonly channel: Channel;
  readonly input: unknown;
  answer(value: unknown): Promise<void>;
  fail(error: unknown): Promise<void>;
}

/** lib/api.ts's `call`, for any channel (the writes too). */
export type FakeSend = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/**
 * A stand-in for lib/api.ts's `call` in the query layer's tests: it records every call and
 * leaves it pending until the test answers it, so the order answers arrive in is the test's.
 * `fetcher` (for the cache) and `send` (for writes) are the same function.
 */
export function fakeApi(): { fetcher: Fetcher; send: FakeSend; calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const send: FakeSend = <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    new Promise<ChannelOutput<C>>((resolve, reject) => {
      // Settling, then letting the promise's handlers run, so the test sees their effect next.
      const settle = (done: () => void) => {
        done();
        return new Promise<void>((tick) => setTimeout(tick, 0));
      };
      calls.push({ channel, input, answer: (value) => settle(() => resolve(value as ChannelOutput<C>)), fail: (error) => settle(() => reject(error)) });
    });
  return { fetcher: send, send, calls };
}
