import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { QueryClient, QuerySnapshot } from './queryClient';
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

/** One of the keys {@link useQueries} reads: `slot` names its place on screen (a page, a story's row). */
export interface QuerySlot<C extends QueryChannel> {
  readonly slot: string;
  readonly input: ChannelInput<C>;
}

/**
 * Reads several inputs of one channel at once (the pages of a list, one count per story), each
 * as {@link useQuery} reads one: shared fetches, refetched when their topics change. A slot whose
 * input changed keeps its previous answer on screen until the new one comes (`current: false`).
 * Answers by slot.
 */
export function useQueries<C extends QueryChannel>(
  channel: C,
  slots: ReadonlyArray<QuerySlot<C>>
): ReadonlyMap<string, QueryResult<ChannelOutput<C>>> {
  const client = useQueryClient();
  const json = JSON.stringify(slots);
  const store = useMemo(() => slotsStore(client, channel, JSON.parse(json) as Array<QuerySlot<C>>), [client, channel, json]);
  const snapshots = useSyncExternalStore(store.subscribe, store.getSnapshot);

  // Each slot's last answer, kept while its new input loads.
  const [held, setHeld] = useState<ReadonlyMap<string, ChannelOutput<C>>>(new Map());
  const changed = store.parsed.some(({ slot }, i) => snapshots[i]?.value !== undefined && held.get(slot) !== snapshots[i]?.value);
  if (changed) {
    const next = new Map<string, ChannelOutput<C>>();
    store.parsed.forEach(({ slot }, i) => {
      const value = snapshots[i]?.value ?? held.get(slot);
      if (value !== undefined) next.set(slot, value);
    });
    setHeld(next);
  }

  return useMemo(() => {
    const results = new Map<string, QueryResult<ChannelOutput<C>>>();
    store.parsed.forEach(({ slot }, i) => {
      const snapshot = snapshots[i];
      if (!snapshot) return;
      const current = snapshot.value !== undefined;
      results.set(slot, {
        value: current ? snapshot.value : held.get(slot),
        loading: snapshot.fetching || (!current && snapshot.error === undefined),
        error: snapshot.error,
        current
      });
    });
    return results;
  }, [store, snapshots, held]);
}

/** A store over several keys for useSyncExternalStore: it watches them all, and its snapshot is the same array until one changes. */
function slotsStore<C extends QueryChannel>(client: QueryClient, channel: C, parsed: ReadonlyArray<QuerySlot<C>>) {
  let last: ReadonlyArray<QuerySnapshot<ChannelOutput<C>>> = [];
  return {
    parsed,
    subscribe: (listener: () => void) => {
      const stops = parsed.map(({ input }) => client.watch(channel, input, listener));
      return () => {
        for (const stop of stops) stop();
      };
    },
    getSnapshot: () => {
      const next = parsed.map(({ input }) => client.read(channel, input));
      if (next.length !== last.length || next.some((snapshot, i) => snapshot !== last[i])) last = next;
      return last;
    }
  };
}

/** The function that announces a change made in the window (a write's success): `invalidate(['stories'])`. */
export function useInvalidate(): (topics: readonly Topic[]) => void {
  const client = useQueryClient();
  return useCallback((topics: readonly Topic[]) => client.invalidate(topics), [client]);
}
