import type { ChannelInput, ChannelOutput } from '../../../../shared/contract/channels';
import { CHANNEL_TOPICS, type QueryChannel, type Topic } from './topics';

/** Calls a channel and resolves with its value, or rejects (lib/api.ts's `call`; a fake in tests). */
export type Fetcher = <C extends QueryChannel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** What the cache holds for one channel + input; a new object whenever anything in it changes. */
export interface QuerySnapshot<T> {
  /** The latest answer, kept while a fresher one is fetched; undefined before the first. */
  readonly value: T | undefined;
  /** Why the latest fetch failed; undefined when it succeeded or has not ended. */
  readonly error: unknown;
  /** A fetch is on its way (the first, or a refetch after an invalidation). */
  readonly fetching: boolean;
}

const IDLE: QuerySnapshot<never> = { value: undefined, error: undefined, fetching: false };

/** Answers kept for keys nothing on screen shows (a search typed a moment ago, the last story). */
const MAX_IDLE = 64;

interface Entry {
  readonly channel: QueryChannel;
  readonly input: unknown;
  readonly topics: readonly Topic[];
  snapshot: QuerySnapshot<unknown>;
  /** Whether `snapshot` answers the data as it is now (false after an invalidation, until refetched). */
  fresh: boolean;
  /** Numbers fetches, so the answer to one superseded by an invalidation is dropped. */
  run: number;
  readonly listeners: Set<() => void>;
}

/** The key of a channel + input: inputs are built in code, so their key order is stable. */
export function queryKey(channel: QueryChannel, input: unknown): string {
  return `${channel} ${JSON.stringify(input)}`;
}

/**
 * The renderer's cache of engine answers, keyed by channel + input (no React here: the hooks in
 * useQuery.ts sit on it, and it is tested with a fake fetcher).
 *
 * - Two watchers of one key share one fetch; a key watched again later is answered from the cache.
 * - `invalidate(topics)` refetches the watched answers that read those topics, keeping their old
 *   value on screen meanwhile, and drops the unwatched ones.
 * - A fetch overtaken by a newer one for the same key (an invalidation came while it ran) is dropped.
 * - `onError` hears each failed fetch once, however many components watch it, and only when one does.
 */
export class QueryClient {
  private readonly entries = new Map<string, Entry>();
  private readonly versions = new Map<Topic, number>();
  private readonly versionListeners = new Set<() => void>();

  constructor(
    private readonly fetcher: Fetcher,
    private readonly onError: (error: unknown) => void = () => {}
  ) {}

  /** The cached state of a key (IDLE when nothing was asked for it). */
  read<C extends QueryChannel>(channel: C, input: ChannelInput<C>): QuerySnapshot<ChannelOutput<C>> {
    return (this.entries.get(queryKey(channel, input))?.snapshot ?? IDLE) as QuerySnapshot<ChannelOutput<C>>;
  }

  /**
   * Watches a key: fetches it unless a fresh answer is cached or a fetch is on its way, then calls
   * `listener` on every change. Returns the function that stops watching.
   */
  watch<C extends QueryChannel>(channel: C, input: ChannelInput<C>, listener: () => void): () => void {
    const key = queryKey(channel, input);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { channel, input, topics: CHANNEL_TOPICS[channel], snapshot: IDLE, fresh: false, run: 0, listeners: new Set() };
      this.entries.set(key, entry);
    } else {
      // Most recently used last: the idle entries dropped first are the oldest.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    entry.listeners.add(listener);
    if (!entry.fresh && !entry.snapshot.fetching) this.fetch(entry);
    const watched = entry;
    return () => {
      watched.listeners.delete(listener);
      if (watched.listeners.size === 0) this.dropIdle();
    };
  }

  /**
   * Marks every answer reading one of `topics` as out of date: watched ones are fetched again at
   * once (their old value stays until the new one comes), the others are forgotten.
   */
  invalidate(topics: readonly Topic[]): void {
    if (topics.length === 0) return;
    for (const topic of topics) this.versions.set(topic, (this.versions.get(topic) ?? 0) + 1);
    for (const [key, entry] of [...this.entries]) {
      if (!entry.topics.some((topic) => topics.includes(topic))) continue;
      if (entry.listeners.size === 0) this.entries.delete(key);
      else this.fetch(entry);
    }
    for (const listener of [...this.versionListeners]) listener();
  }

  /**
   * A number that moves whenever one of `topics` is invalidated: for hooks that keep their own
   * cache (the library list's pages) and only need to know when to reload.
   */
  version(topics: readonly Topic[]): number {
    return topics.reduce((sum, topic) => sum + (this.versions.get(topic) ?? 0), 0);
  }

  /** Calls `listener` after every invalidation; returns the function that stops. */
  subscribeVersions(listener: () => void): () => void {
    this.versionListeners.add(listener);
    return () => this.versionListeners.delete(listener);
  }

  private fetch(entry: Entry): void {
    const run = ++entry.run;
    entry.fresh = true;
    this.update(entry, { ...entry.snapshot, fetching: true });
    this.fetcher(entry.channel, entry.input as ChannelInput<QueryChannel>).then(
      (value) => {
        if (entry.run === run) this.update(entry, { value, error: undefined, fetching: false });
      },
      (error: unknown) => {
        if (entry.run !== run) return;
        // NB: a failed answer is not fresh, so the next watcher asks again instead of caching the failure.
        entry.fresh = false;
        this.update(entry, { value: entry.snapshot.value, error, fetching: false });
        if (entry.listeners.size > 0) this.onError(error);
      }
    );
  }

  private update(entry: Entry, snapshot: QuerySnapshot<unknown>): void {
    entry.snapshot = snapshot;
    for (const listener of [...entry.listeners]) listener();
  }

  private dropIdle(): void {
    let idle = 0;
    for (const entry of this.entries.values()) if (entry.listeners.size === 0) idle++;
    for (const [key, entry] of this.entries) {
      if (idle <= MAX_IDLE) break;
      if (entry.listeners.size > 0) continue;
      this.entries.delete(key);
      idle--;
    }
  }
}
