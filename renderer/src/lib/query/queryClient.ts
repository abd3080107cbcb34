import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import { FORGET_UNWATCHED, type QueryChannel, type Topic, topicsOfQuery } from './topics';

/** Calls a channel and resolves with its value, or rejects (lib/api.ts's `call`; a fake in tests). */
export type Fetcher = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

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

/**
 * Changes a cached answer before the engine has made them (an optimistic write): `apply` returns
 * the value as it will be, or the same value when this answer is not concerned.
 */
export type PatchFn = (channel: QueryChannel, input: unknown, value: unknown) => unknown;

/** A write shown before the engine has answered; see {@link QueryClient.patch}. */
export interface OptimisticPatch {
  /**
   * The write was made: `apply` (the engine's answer, e.g. the real id) replaces the guess, and
   * stays on each answer fetched before now, until that answer is fetched again.
   */
  settle(apply?: PatchFn): void;
  /** The write failed: every answer shows the engine's value again. */
  rollback(): void;
}

interface Patch {
  readonly channels: readonly QueryChannel[];
  apply: PatchFn;
  /** The fetch number from which answers include the write; null while it is on its way. */
  settledAt: number | null;
}

interface Entry {
  readonly channel: QueryChannel;
  readonly input: unknown;
  readonly topics: readonly Topic[];
  /** What the engine last said (with `fetching` and `error`). */
  base: QuerySnapshot<unknown>;
  /** `base` with the optimistic patches that concern it applied: what components see. */
  snapshot: QuerySnapshot<unknown>;
  /** The number of the fetch whose answer `base.value` is (0: none, or set by {@link QueryClient.setData}). */
  valueSeq: number;
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
 * - `patch` shows a write before the engine answers it (optimistic), and `setData` puts a write's
 *   answer in place of the cached value.
 */
export class QueryClient {
  private readonly entries = new Map<string, Entry>();
  private readonly patches = new Set<Patch>();
  /** Numbers every fetch started, so a patch knows which answers were fetched before its write was made. */
  private seq = 0;

  constructor(
    private readonly fetcher: Fetcher,
    private readonly onError: (error: unknown) => void = () => {}
  ) {}

  /**
   * Calls any channel through the client's engine, uncached: the writes of hooks built on the
   * cache (useAnnotationWrites), so a test's fake engine answers them too.
   */
  send<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    return this.fetcher(channel, input);
  }

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
      entry = this.newEntry(channel, input);
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
      if (watched.listeners.size > 0) return;
      // NB: compare entries, not keys: the entry may have been dropped and its key asked again since.
      if (FORGET_UNWATCHED.has(watched.channel) && this.entries.get(key) === watched) this.entries.delete(key);
      this.dropIdle();
    };
  }

  /**
   * Puts `value` in the cache as the answer of a key (a write that answered with the new value, so
   * nothing needs fetching): watchers see it at once, and a fetch on its way, which may have read
   * the old value, is dropped.
   */
  setData<C extends QueryChannel>(channel: C, input: ChannelInput<C>, value: ChannelOutput<C>): void {
    const key = queryKey(channel, input);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = this.newEntry(channel, input);
      this.entries.set(key, entry);
      this.dropIdle();
    }
    entry.run++;
    entry.fresh = true;
    // Newer than every fetch started so far: a patch settled before now no longer applies to it.
    entry.valueSeq = ++this.seq;
    this.update(entry, { value, error: undefined, fetching: false });
  }

  /**
   * Shows a write before the engine has made it: `apply` changes every cached answer of `channels`
   * (and every answer fetched while the write is on its way, which may not include it yet). Settle
   * it when the write succeeded, then invalidate what it changed: the patch stays on each answer
   * until that answer has been fetched again, so nothing flickers back. Roll it back when it failed.
   *
   * @example
   * const patch = client.patch(['annotations:list'], (channel, input, value) => withoutItem(value, id));
   * send('annotations:delete', { id }).then(() => { patch.settle(); client.invalidate(['annotations']); }, () => patch.rollback());
   */
  patch(channels: readonly QueryChannel[], apply: PatchFn): OptimisticPatch {
    const patch: Patch = { channels, apply, settledAt: null };
    this.patches.add(patch);
    this.derive(channels);
    return {
      settle: (next) => {
        if (!this.patches.has(patch)) return;
        if (next) patch.apply = next;
        patch.settledAt = this.seq + 1;
        this.derive(channels);
      },
      rollback: () => {
        if (this.patches.delete(patch)) this.derive(channels);
      }
    };
  }

  /**
   * Marks every answer reading one of `topics` as out of date: watched ones are fetched again at
   * once (their old value stays until the new one comes), the others are forgotten.
   *
   * @param only when given, only the answers it is true for (a change that names its articles:
   *   `scopeOfChange` in topics.ts).
   */
  invalidate(topics: readonly Topic[], only?: (channel: QueryChannel, input: unknown) => boolean): void {
    if (topics.length === 0) return;
    for (const [key, entry] of [...this.entries]) {
      if (!entry.topics.some((topic) => topics.includes(topic))) continue;
      if (only && !only(entry.channel, entry.input)) continue;
      if (entry.listeners.size === 0) this.entries.delete(key);
      else this.fetch(entry);
    }
  }

  private newEntry(channel: QueryChannel, input: unknown): Entry {
    return { channel, input, topics: topicsOfQuery(channel, input), base: IDLE, snapshot: IDLE, valueSeq: 0, fresh: false, run: 0, listeners: new Set() };
  }

  private fetch(entry: Entry): void {
    const run = ++entry.run;
    const seq = ++this.seq;
    entry.fresh = true;
    this.update(entry, { ...entry.base, fetching: true });
    this.fetcher(entry.channel, entry.input as ChannelInput<QueryChannel>).then(
      (value) => {
        if (entry.run !== run) return;
        entry.valueSeq = seq;
        this.update(entry, { value, error: undefined, fetching: false });
        this.dropSettledPatches();
      },
      (error: unknown) => {
        if (entry.run !== run) return;
        // NB: a failed answer is not fresh, so the next watcher asks again instead of caching the failure.
        entry.fresh = false;
        this.update(entry, { value: entry.base.value, error, fetching: false });
        if (entry.listeners.size > 0) this.onError(error);
      }
    );
  }

  private update(entry: Entry, base: QuerySnapshot<unknown>): void {
    entry.base = base;
    entry.snapshot = this.patched(entry);
    for (const listener of [...entry.listeners]) listener();
  }

  /** `entry.base` with the patches that concern it; `base` itself when none changes it. */
  private patched(entry: Entry): QuerySnapshot<unknown> {
    const { base } = entry;
    if (base.value === undefined) return base;
    let value: unknown = base.value;
    for (const patch of this.patches) {
      if (!patch.channels.includes(entry.channel)) continue;
      if (patch.settledAt !== null && entry.valueSeq >= patch.settledAt) continue;
      value = patch.apply(entry.channel, entry.input, value);
    }
    return value === base.value ? base : { ...base, value };
  }

  /** Recomputes what the entries of `channels` show after a patch came or went, telling those that changed. */
  private derive(channels: readonly QueryChannel[]): void {
    for (const entry of [...this.entries.values()]) {
      if (!channels.includes(entry.channel)) continue;
      const next = this.patched(entry);
      if (next.value === entry.snapshot.value) continue;
      entry.snapshot = next;
      for (const listener of [...entry.listeners]) listener();
    }
    this.dropSettledPatches();
  }

  /** Forgets a settled patch once no cached answer predates its write. */
  private dropSettledPatches(): void {
    for (const patch of this.patches) {
      if (patch.settledAt === null) continue;
      const settledAt = patch.settledAt;
      const needed = [...this.entries.values()].some(
        (entry) => patch.channels.includes(entry.channel) && entry.base.value !== undefined && entry.valueSeq < settledAt
      );
      if (!needed) this.patches.delete(patch);
    }
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
