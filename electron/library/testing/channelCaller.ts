import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import { type Handlers, dispatch } from '@shared/contract/dispatch';
import type { AppError } from '@shared/contract/result';

/** Calls channels through `dispatch` as the hosts do: the contract's checks on input and output included. */
export interface ChannelCaller {
  /** The channel's answer; throws with the channel's message when it failed. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** The channel's error; throws when it answered instead. */
  fail<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<AppError>;
}

/** A {@link ChannelCaller} over `handlers` (a test's engine, or a part of it). */
export function channelCaller(handlers: Partial<Handlers>): ChannelCaller {
  return {
    async call(channel, input) {
      const result = await dispatch(handlers, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as ChannelOutput<typeof channel>;
    },
    async fail(channel, input) {
      const result = await dispatch(handlers, channel, input);
      if (result.ok) throw new Error(`${channel} should have failed`);
      return result.error;
    }
  };
}
