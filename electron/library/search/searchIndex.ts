import type { ReadableDb } from '../db/connection';
import { prepareCached } from '../db/statements';
import { INDEX_FORMAT, type MiniDoc, type MiniSourceRow, miniOptions, toMiniDoc } from '@shared/search/miniDocs';
import { PersistentMiniSearch, yieldToEventLoop } from './persistentMiniSearch';
import { type LibraryStamp, changesSince, libraryStamp, readSnapshot, readSnapshotStamp, snapshotWriter, writeSnapshot } from './snapshots';

/** The name of the MiniSearch snapshot in `search_snapshots`. */
export const SNAPSHOT_NAME = 'minisearch';

/** How the index keeps itself in step; tests shorten the delays. */
export interface SearchIndexOptions {
  /** New or changed articles indexed inside a search call; more are indexed in the background. */
  readonly inlineLimit?: number;
  /** Articles read and indexed per slice of background work. */
  readonly sliceSize?: number;
  /** Quiet time after the last indexing before a snapshot is saved. */
  readonly saveDelayMs?: number;
  /** Unsaved changes that make a snapshot worth saving (a fresh build always is). */
  readonly saveMinChanges?: number;
}

// NB: small slices: the engine's thread answers searches between them, and during an import of
// thousands of articles indexing 1,000 (or 500 inside a search) held each search for seconds on a
// loaded machine (bench:responsiveness, issue 14).
const DEFAULTS: Required<SearchIndexOptions> = { inlineLimit: 100, sliceSize: 200, saveDelayMs: 15_000, saveMinChanges: 200 };

/** Where the index is: `loading` while a snapshot loads or the first build runs, then `ready`. */
export type SearchIndexState = 'loading' | 'ready';

/**
 * The MiniSearch index of one library, persisted and updated incrementally:
 *
 * - **Opening** loads the snapshot saved in the library (in slices, so the process keeps
 *   answering; searches use FTS5 alone meanwhile) or, when there is none, builds it in slices.
 * - **Catching up**: articles with an id above the index's are added; articles in the change
 *   log (edited or deleted, by triggers) are re-indexed or dropped. A few hundred are done
 *   inside the search that notices them, more in the background.
 * - **Saving**: a snapshot is written some seconds after indexing stops (`flush()` at once),
 *   through the connection's writer (`snapshotWriter`: the engine reads on a read-only one).
 *
 * One instance per connection: {@link getSearchIndex}.
 */
export class SearchIndex {
  private mini: PersistentMiniSearch<MiniDoc> | null = null;
  /** What `mini` covers. */
  private covered: LibraryStamp = { maxArticleId: 0, changeSeq: 0 };
  /** A load, catch-up or save in progress; `mini` must not change under a save. */
  private job: Promise<void> | null = null;
  private unsaved = 0;
  private freshBuild = false;
  private saveTimer: NodeJS.Timeout | null = null;
  private failure: unknown = null;
  private readonly options: Required<SearchIndexOptions>;

  constructor(
    private readonly db: ReadableDb,
    options: SearchIndexOptions = {}
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** `ready` once an index is loaded or built (it may still be catching up). */
  get state(): SearchIndexState {
    return this.mini ? 'ready' : 'loading';
  }

  /**
   * The index to search now, or null while it loads (the caller searches FTS5 alone). Closes a
   * small gap with the library on the spot; a large one in the background, serving the index as
   * it is meanwhile (FTS5 finds the newest articles anyway). Never throws.
   */
  current(): PersistentMiniSearch<MiniDoc> | null {
    if (!this.mini) {
      this.start(() => this.load());
      return null;
    }
    if (this.job) return this.mini;
    try {
      const target = libraryStamp(this.db);
      if (target.maxArticleId === this.covered.maxArticleId && target.changeSeq === this.covered.changeSeq) return this.mini;
      const saved = readSnapshotStamp(this.db, SNAPSHOT_NAME);
      if (saved && saved.format === INDEX_FORMAT && saved.changeSeq > this.covered.changeSeq) {
        // Another process saved a newer snapshot and pruned the change log up to it: the log
        // no longer tells us everything, the snapshot does.
        this.start(() => this.load());
        return this.mini;
      }
      if (this.pendingWork(target) <= this.options.inlineLimit) this.catchUpNow(target);
      else this.start(() => this.catchUp());
    } catch (error) {
      this.failure = error;
    }
    return this.mini;
  }

  /** Resolves when the index is loaded and has caught up with the library (the CLI waits). */
  async ready(): Promise<PersistentMiniSearch<MiniDoc>> {
    for (;;) {
      if (this.job) await this.job;
      else if (!this.mini) this.start(() => this.load());
      else {
        const target = libraryStamp(this.db);
        if (target.maxArticleId === this.covered.maxArticleId && target.changeSeq === this.covered.changeSeq) return this.mini;
        this.start(() => this.catchUp());
      }
      if (this.failure) throw this.failure;
    }
  }

  /** Saves a snapshot now if anything is unsaved, and cancels a pending save. */
  async flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (this.job) await this.job;
    if (this.mini && (this.unsaved > 0 || this.freshBuild)) {
      this.start(() => this.save());
      await this.job;
    }
  }

  /** Stops the pending save (the library is closing). */
  dispose(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
  }

  private start(work: () => Promise<void>): void {
    if (this.job) return;
    this.failure = null;
    this.job = work()
      .catch((error: unknown) => {
        this.failure = error;
      })
      .finally(() => {
        this.job = null;
      });
  }

  /** Loads the saved snapshot when it fits, else builds from the articles; then catches up. */
  private async load(): Promise<void> {
    const snapshot = readSnapshot(this.db, SNAPSHOT_NAME);
    let loaded: PersistentMiniSearch<MiniDoc> | null = null;
    if (snapshot && snapshot.format === INDEX_FORMAT) {
      try {
        loaded = await PersistentMiniSearch.deserialize<MiniDoc>(snapshot.data, miniOptions());
      } catch {
        loaded = null; // A damaged snapshot is rebuilt, not reported: nothing is lost.
      }
    }
    if (loaded && snapshot) {
      this.mini = loaded;
      this.covered = { maxArticleId: snapshot.maxArticleId, changeSeq: snapshot.changeSeq };
      this.freshBuild = false;
      this.unsaved = 0;
      await this.catchUp();
      // A safety net: deletions the change log cannot have seen (a library edited by a version
      // without it) show up as a count mismatch.
      if (this.mini.documentCount === this.articleCount()) return;
    }
    await this.build();
  }

  private async build(): Promise<void> {
    const mini = new PersistentMiniSearch<MiniDoc>(miniOptions());
    const target = libraryStamp(this.db);
    let from = 0;
    for (;;) {
      const rows = this.rowsAfter(from, target.maxArticleId, this.options.sliceSize);
      if (rows.length === 0) break;
      for (const row of rows) mini.add(toMiniDoc(row));
      from = rows.at(-1)!.id;
      await yieldToEventLoop();
    }
    this.mini = mini;
    // Edits logged before the build are in the rows it read; later ones are caught up next time.
    this.covered = target;
    this.freshBuild = true;
    this.unsaved = mini.documentCount;
    this.scheduleSave();
  }

  /** How many articles are new or changed since the index was brought up to date. */
  private pendingWork(target: LibraryStamp): number {
    const fresh = prepareCached(this.db, 'SELECT count(*) FROM articles WHERE id > ?')
      .pluck()
      .get(this.covered.maxArticleId) as number;
    return fresh + (target.changeSeq - this.covered.changeSeq);
  }

  /** Brings the index up to `target` inside this call. */
  private catchUpNow(target: LibraryStamp): void {
    this.applyChanges(target);
    const rows = this.rowsAfter(this.covered.maxArticleId, target.maxArticleId, Number.MAX_SAFE_INTEGER);
    this.addRows(rows);
    this.covered = target;
    this.scheduleSave();
  }

  /** Brings the index up to the library's current state in slices. */
  private async catchUp(): Promise<void> {
    const target = libraryStamp(this.db);
    this.applyChanges(target);
    let from = this.covered.maxArticleId;
    for (;;) {
      const rows = this.rowsAfter(from, target.maxArticleId, this.options.sliceSize);
      if (rows.length === 0) break;
      this.addRows(rows);
      from = rows.at(-1)!.id;
      this.covered = { maxArticleId: from, changeSeq: target.changeSeq };
      await yieldToEventLoop();
    }
    this.covered = target;
    this.scheduleSave();
  }

  /** Re-indexes edited articles and drops deleted ones, as the change log lists them. */
  private applyChanges(target: LibraryStamp): void {
    const mini = this.mini;
    if (!mini || target.changeSeq === this.covered.changeSeq) return;
    const { ids } = changesSince(this.db, this.covered.changeSeq);
    const stillThere: number[] = [];
    for (const id of ids) {
      if (mini.has(id)) {
        mini.discard(id);
        this.unsaved++;
      }
      // Articles above `covered.maxArticleId` are added with the new ones.
      if (id <= this.covered.maxArticleId) stillThere.push(id);
    }
    const rows = prepareCached(
      this.db,
      'SELECT id, title, outlet, body FROM articles WHERE id IN (SELECT value FROM json_each(?))'
    ).all(JSON.stringify(stillThere)) as MiniSourceRow[];
    this.addRows(rows);
    this.covered = { ...this.covered, changeSeq: target.changeSeq };
  }

  private addRows(rows: readonly MiniSourceRow[]): void {
    const mini = this.mini;
    if (!mini) return;
    for (const row of rows) {
      // NB: an id can come back after the highest article was deleted (SQLite reuses it).
      if (mini.has(row.id)) mini.discard(row.id);
      mini.add(toMiniDoc(row));
    }
    this.unsaved += rows.length;
  }

  private rowsAfter(from: number, upTo: number, limit: number): MiniSourceRow[] {
    return prepareCached(
      this.db,
      'SELECT id, title, outlet, body FROM articles WHERE id > ? AND id <= ? ORDER BY id LIMIT ?'
    ).all(from, upTo, limit) as MiniSourceRow[];
  }

  private articleCount(): number {
    return prepareCached(this.db, 'SELECT count(*) FROM articles').pluck().get() as number;
  }

  private scheduleSave(): void {
    if (this.unsaved < this.options.saveMinChanges && !this.freshBuild) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      if (this.job) this.scheduleSave();
      else this.start(() => this.save());
    }, this.options.saveDelayMs);
    // A pending save never keeps a process (the CLI, a test) alive.
    this.saveTimer.unref();
  }

  private async save(): Promise<void> {
    const mini = this.mini;
    const writer = snapshotWriter(this.db);
    if (!mini || !writer) return;
    const covered = this.covered;
    const unsaved = this.unsaved;
    const data = await mini.serialize();
    writeSnapshot(writer, SNAPSHOT_NAME, { ...covered, articleCount: mini.documentCount, format: INDEX_FORMAT, data }, true);
    this.unsaved -= unsaved;
    this.freshBuild = false;
  }
}

const indexes = new WeakMap<ReadableDb, SearchIndex>();

/**
 * The search index of a connection, created on first use. `options` apply only when it is
 * created (tests pass short delays).
 */
export function getSearchIndex(db: ReadableDb, options?: SearchIndexOptions): SearchIndex {
  let index = indexes.get(db);
  if (!index) {
    index = new SearchIndex(db, options);
    indexes.set(db, index);
  }
  return index;
}

/** Starts loading a library's search index in the background (a host calls this on opening). */
export function warmSearchIndex(db: ReadableDb): void {
  getSearchIndex(db).current();
}
