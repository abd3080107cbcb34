import { VariantIndex } from '@shared/search/variants';
import type { ReadableDb } from '../db/connection';
import { type LibraryStamp, libraryStamp, readSnapshot, snapshotWriter, writeSnapshot } from './snapshots';

interface Cached {
  readonly stamp: string;
  readonly index: VariantIndex;
  /** `Date.now()` when it was built. */
  readonly builtAt: number;
  /** A rebuild is scheduled (see {@link REFRESH_IN_BACKGROUND_FROM}). */
  refreshing: boolean;
}
const cache = new WeakMap<ReadableDb, Cached>();

/** The name and format of the saved vocabulary in `search_snapshots`. */
const SNAPSHOT_NAME = 'vocabulary';
const FORMAT = 'vocabulary1:[term,df]';

/**
 * From this many articles (the highest id), a changed library's variant index is rebuilt after the
 * search that noticed the change, not inside it, and at most every {@link REFRESH_EVERY_MS}:
 * meanwhile searches use the index as it was. NB: rebuilding takes ~0.5 s at 20,000 articles, and
 * an import commits a batch every second or so; rebuilt inside each search, it held every search
 * during an import for seconds on a loaded machine (bench:responsiveness, issue 14). FTS5 finds
 * the new articles' words at once; only their spelling variants wait for the rebuild.
 */
const REFRESH_IN_BACKGROUND_FROM = 2000;
const REFRESH_EVERY_MS = 30_000;

/**
 * The variant index over the library's vocabulary, built once and rebuilt only when articles
 * were added, edited or removed since (an import in the worker, another process).
 *
 * Reading the vocabulary from FTS5 (`articles_vocab`) walks the whole full-text index: ~0.4 s at
 * 100k articles, on the first search after opening. So the word list is also saved in the
 * library with the stamp it was read at, and reused while the library is unchanged (~20 ms).
 * Building the index from it takes the rest (~0.3 s for 65k words, ~1 s for 200k).
 */
export function getVariantIndex(db: ReadableDb): VariantIndex {
  const current = libraryStamp(db);
  const stamp = vocabularyStamp(current);
  const cached = cache.get(db);
  if (cached && cached.stamp === stamp) return cached.index;
  if (cached && current.maxArticleId >= REFRESH_IN_BACKGROUND_FROM) {
    if (!cached.refreshing) {
      cached.refreshing = true;
      const wait = Math.max(0, cached.builtAt + REFRESH_EVERY_MS - Date.now());
      setTimeout(() => {
        try {
          if (db.open) buildVariantIndex(db, libraryStamp(db));
        } catch {
          cached.refreshing = false; // Tried again at the next search.
        }
      }, wait).unref();
    }
    return cached.index;
  }
  return buildVariantIndex(db, current);
}

function buildVariantIndex(db: ReadableDb, current: LibraryStamp): VariantIndex {
  const index = new VariantIndex(savedWords(db, current) ?? readWords(db, current));
  cache.set(db, { stamp: vocabularyStamp(current), index, builtAt: Date.now(), refreshing: false });
  return index;
}

/** The saved word list, when it was saved at exactly this state of the library. */
function savedWords(db: ReadableDb, stamp: LibraryStamp): Array<[string, number]> | undefined {
  const saved = readSnapshot(db, SNAPSHOT_NAME);
  if (!saved || saved.format !== FORMAT || saved.maxArticleId !== stamp.maxArticleId || saved.changeSeq !== stamp.changeSeq)
    return undefined;
  try {
    return JSON.parse(saved.data) as Array<[string, number]>;
  } catch {
    return undefined;
  }
}

const pendingSaves = new WeakMap<ReadableDb, { timer: NodeJS.Timeout; save: () => void }>();
/** Quiet time before the word list is saved: during an import it changes with every batch. */
const SAVE_DELAY_MS = 15_000;

/** The word list from the full-text index; saved for the next opening once the library is quiet. */
function readWords(db: ReadableDb, stamp: LibraryStamp): Array<[string, number]> {
  const words = db.prepare('SELECT term, doc FROM articles_vocab').raw().all() as Array<[string, number]>;
  const writer = snapshotWriter(db);
  if (writer && stamp.maxArticleId > 0) {
    clearTimeout(pendingSaves.get(db)?.timer);
    const save = () => {
      pendingSaves.delete(db);
      try {
        const now = db.open ? libraryStamp(db) : null;
        if (!now || now.maxArticleId !== stamp.maxArticleId || now.changeSeq !== stamp.changeSeq) return;
        writeSnapshot(writer, SNAPSHOT_NAME, { ...stamp, articleCount: 0, format: FORMAT, data: JSON.stringify(words) }, false);
      } catch {
        // Only a speed-up for the next opening (the library may be busy or closed): skip it.
      }
    };
    const timer = setTimeout(save, SAVE_DELAY_MS);
    timer.unref();
    pendingSaves.set(db, { timer, save });
  }
  return words;
}

/** Changes whenever articles are added, edited or removed: the highest id and the change log. */
function vocabularyStamp({ maxArticleId, changeSeq }: LibraryStamp): string {
  return `${maxArticleId}:${changeSeq}`;
}

/** Saves the word list now if a save is pending (the CLI before it exits; benchmarks). */
export function flushVocabulary(db: ReadableDb): void {
  const pending = pendingSaves.get(db);
  if (!pending) return;
  clearTimeout(pending.timer);
  pending.save();
}
