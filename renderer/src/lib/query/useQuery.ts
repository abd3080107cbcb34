import { useCallback, useState, useSyncExternalStore } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract/channels';
import { useQueryClient } from './queryContext';
import type { QueryChannel, Topic } from './topics';

/** What {@link useQuery} gives a component. */
export interface QueryResult<T> {
  /**
   * The answer for the current input (possibly from before an invalidation, while it is fetched
   * again), else the previous input's answer while the new one loads, else undefined.
   */
  readonly value: T | undefined;
  /** True until the current input's first answer has come, and while it is fetched again. */
  readonly loading: boolean;
  /** Why the current input's latest fetch failed (already shown as a toast); undefined otherwise. */
  readonly error: unknown;
  /** `value` answers the current input, not the previous one. */
  readonly current: boolean;
}

const NOTHING_TO_WATCH = () => () => {};
const NO_QUERY: QueryResult<never> = { value: undefined, loading: false, error: undefined, current: false };

/**
 * Reads a channel through the window's query cache (`null` input: nothing to read). Components
 * asking for the same channel + input share one fetch and one answer; the answer is fetched again
 * when a change to one of its topics is announced (topics.ts). While a new input loads, the
 * previous input's answer stays on screen, and an answer to an input no longer asked for is never
 * shown, however late it comes.
 *
 * NB: an answer of `undefined` is indistinguishable from none; the contract's outputs never are.
 *
 * @example const stories = useQuery('stories:list', {}).value?.stories;
 */
export function useQuery<C extends QueryChannel>(channel: C, input: ChannelInput<C> | null): QueryResult<ChannelOutput<C>> {
  const client = useQueryClient();
  // The input as a string: a new object with the same content is the same query.
  const json = input === null ? null : JSON.stringify(input);
  const subscribe = useCallback(
    (listener: () => void) =>
      json === null ? NOTHING_TO_WATCH() : client.watch(channel, JSON.parse(json) as ChannelInput<C>, listener),
    [client, channel, json]
  );
  const getSnapshot = () => (input === null ? undefined : client.read(channel, input));
  const snapshot = useSyncExternalStore(subscribe, getSnapshot);

  // The last answer shown, kept across inputs so a new input never flashes an empty view.
  const [held, setHeld] = useState<{ json: string | null; value: ChannelOutput<C> | undefined }>({ json: null, value: undefined });
  if (json !== null && snapshot?.value !== undefined && (held.json !== json || held.value !== snapshot.value)) {
    setHeld({ json, value: snapshot.value });
  }

  if (json === null || !snapshot) return NO_QUERY;
  const current = snapshot.value !== undefined;
  return {
    value: current ? snapshot.value : held.value,
    loading: snapshot.fetching || (!current && snapshot.error === undefined),
    error: snapshot.error,
    current
  };
}

/** The function that announces a change made in the window (a write's success): `invalidate(['stories'])`. */
export function useInvalidate(): (topics: readonly Topic[]) => void {
  const client = useQueryClient();
  return useCallback((topics: readonly Topic[]) => client.invalidate(topics), [client]);
}

/**
 * A number that moves whenever one of `topics` changes, for a hook that keeps its own cache (the
 * library list's pages). Pass a constant array.
 */
export function useTopicsVersion(topics: readonly Topic[]): number {
  const client = useQueryClient();
  const subscribe = useCallback((listener: () => void) => client.subscribeVersions(listener), [client]);
  return useSyncExternalStore(subscribe, () => client.version(topics));
}
