import type { PlacedIndex } from '@shared/stories/storiesPlace';
import type { SparseVector, Vectors } from '@shared/stories/storiesVectors';
import type { ReadableDb, WritableDb } from '../db/connection';
import { markStoryTermsCurrent } from './termScheme';
import { publicationDate } from './publicationDate';

/**
 * The term statistics and postings story grouping keeps in the library (migration 015), so new
 * articles can be placed into existing stories without reading and weighing the whole library
 * again: placing one article reads the postings of its own forty terms, not 21,000 vectors.
 */

/**
 * Replaces every stored term count and posting with a full grouping's: its vectors as weighed for
 * storing (`storedVectors: true`), the terms one article holds kept, as placement stores them, so
 * the next report of an event only one article told yet finds it; and records the key scheme they
 * were written with (termScheme.ts). Call inside its transaction.
 */
export function saveAllVectors(db: WritableDb, articleIds: readonly number[], built: Vectors): void {
  // NB: not the grouping's own vectors: they drop the terms one article holds, and with them a lone report's names.
  if (built.stored === undefined) {
    throw new Error('saveAllVectors needs the vectors weighed for storing: group with storedVectors: true.');
  }
  db.prepare('DELETE FROM story_vectors').run();
  db.prepare('DELETE FROM story_terms').run();
  const docs: number[][] = Array.from({ length: built.vocabulary.length }, () => []);
  const weights: number[][] = Array.from({ length: built.vocabulary.length }, () => []);
  built.stored.forEach((v, i) => {
    for (let k = 0; k < v.terms.length; k++) {
      docs[v.terms[k]!]!.push(articleIds[i]!);
      weights[v.terms[k]!]!.push(v.weights[k]!);
    }
  });
  // Term ids are stored as they are: the grouping's vectors use them.
  const term = db.prepare('INSERT INTO story_terms (id, term, df, postings) VALUES (?, ?, ?, ?)');
  built.vocabulary.forEach((key, id) => term.run(id, key, built.df[id]!, postingsBlob(docs[id]!, weights[id]!)));
  const vector = db.prepare('INSERT INTO story_vectors (article_id, placed) VALUES (?, 0)');
  for (const id of articleIds) vector.run(id);
  markStoryTermsCurrent(db);
}

/** Adds one incrementally placed article's vector to the postings of its terms. */
export function savePlacedVector(db: WritableDb, articleId: number, v: SparseVector): void {
  const read = db.prepare('SELECT postings FROM story_terms WHERE id = ?').pluck();
  const write = db.prepare('UPDATE story_terms SET postings = ? WHERE id = ?');
  for (let k = 0; k < v.terms.length; k++) {
    const current = read.get(v.terms[k]!) as Buffer;
    write.run(Buffer.concat([current, postingsBlob([articleId], [v.weights[k]!])]), v.terms[k]!);
  }
  db.prepare('INSERT OR REPLACE INTO story_vectors (article_id, placed) VALUES (?, 1)').run(articleId);
}

/** How many articles have their vector in the postings, and how many of those were placed since the last full grouping. */
export function vectorCounts(db: ReadableDb): { stored: number; placed: number } {
  return db.prepare('SELECT count(*) AS stored, coalesce(sum(placed), 0) AS placed FROM story_vectors').get() as {
    stored: number;
    placed: number;
  };
}

/** The library's placed articles as placement reads them: postings by term, stories and dates by article id. */
export function libraryPlacedIndex(db: ReadableDb): PlacedIndex {
  const read = db.prepare('SELECT postings FROM story_terms WHERE id = ?').pluck();
  return {
    postings(term) {
      const blob = read.get(term) as Buffer | undefined;
      return blob === undefined ? { docs: [], weights: [] } : readPostings(blob);
    },
    describe(docs) {
      // NB: postings may still name an article deleted since; it is in no story and left out here.
      const rows = db
        .prepare(
          `SELECT sa.article_id, sa.story_id, ${publicationDate('a')} FROM story_articles sa JOIN articles a ON a.id = sa.article_id
            WHERE sa.article_id IN (SELECT value FROM json_each(?))`
        )
        .raw()
        .all(JSON.stringify(docs)) as Array<[number, number, string | null]>;
      return new Map(rows.map(([id, story, at]) => [id, { story: String(story), day: at === null ? NaN : Date.parse(at) / 86_400_000 }]));
    }
  };
}

// NB: typed arrays use the machine's byte order; every platform Electron ships on is little-endian.
/** (int32 article id, float32 weight) pairs. */
function postingsBlob(docs: readonly number[], weights: readonly number[]): Buffer {
  const ids = new Int32Array(docs.length * 2);
  const asFloats = new Float32Array(ids.buffer);
  docs.forEach((d, i) => {
    ids[2 * i] = d;
    asFloats[2 * i + 1] = weights[i]!;
  });
  return Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength);
}

function readPostings(blob: Buffer): { docs: Int32Array; weights: Float64Array } {
  // A copy: a Buffer from SQLite may sit at an offset no typed array of 4-byte items can start at.
  const ids = new Int32Array(blob.byteLength >> 2);
  new Uint8Array(ids.buffer).set(blob);
  const asFloats = new Float32Array(ids.buffer);
  const n = ids.length >> 1;
  const docs = new Int32Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    docs[i] = ids[2 * i]!;
    weights[i] = asFloats[2 * i + 1]!;
  }
  return { docs, weights };
}
