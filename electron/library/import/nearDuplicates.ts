import type { ReadableDb, WritableDb } from '../db/connection';
import { prepareCached } from '../db/statements';
import { bandKeys, signatureSimilarity } from '@shared/text/minhash';
import { BandIndex, signatureFromBlob } from './bandIndex';

/**
 * Estimated share of five-word runs two articles must share to be linked as near-duplicates
 * (the same story lightly edited: a changed sentence, a new paragraph, a different headline).
 * Exact copies never get here: they are caught by the content hash first.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/** Band buckets larger than this are treated as boilerplate and not compared. */
const MAX_BUCKET = 25;

/** Up to this many signatures, {@link loadBandIndex} reads only the stored ones sharing a band with them. */
const FEW_SIGNATURES = 8;

/** An article this one nearly duplicates. */
export interface NearDuplicate {
  readonly id: number;
  readonly score: number;
}

/**
 * The band index over every signature in the library, for one import's {@link linkNearDuplicates}
 * calls; given `signatures`, an index that answers for those alone (their band keys), which costs
 * far less to build: for an import's last batch, whose articles are the only ones still to come.
 */
export function loadBandIndex(db: ReadableDb, signatures?: ReadonlyArray<Uint32Array | null>): BandIndex {
  if (!signatures) return BandIndex.fromLibrary(db, MAX_BUCKET);
  const present = signatures.filter((signature) => signature !== null);
  // A file or a few (crosscheck import one.txt, a page dropped on the window): SQLite finds the rows.
  if (present.length <= FEW_SIGNATURES) return BandIndex.forSignatures(db, MAX_BUCKET, present);
  const only = new Set<number>();
  for (const signature of signatures) if (signature) for (const key of bandKeys(signature)) only.add(key);
  return BandIndex.fromLibrary(db, MAX_BUCKET, only);
}

/** Whether `index` answers for every one of these signatures (see {@link loadBandIndex}). */
export function bandIndexCovers(index: BandIndex, signatures: ReadonlyArray<Uint32Array | null>): boolean {
  return !index.partial || signatures.every((signature) => !signature || index.covers(bandKeys(signature)));
}

/**
 * Stores a newly imported article's MinHash signature, adds its band keys to the import's
 * {@link BandIndex} and links it to the articles it nearly duplicates; runs inside the caller's
 * transaction. Candidates come from the band index, so the cost does not grow with the library.
 *
 * @param signature the body's MinHash signature (see `NewArticle.minhash`); null when the text is
 *   too short to have one, and then nothing is stored or linked.
 * @returns the articles it was linked to, most similar first.
 */
export function linkNearDuplicates(db: WritableDb, index: BandIndex, articleId: number, signature: Uint32Array | null): NearDuplicate[] {
  if (!signature) return [];
  const keys = bandKeys(signature);
  const getSignature = prepareCached(db, 'SELECT signature FROM article_minhash WHERE article_id = ?');
  const found: NearDuplicate[] = [];
  for (const id of index.candidates(keys, articleId)) {
    const blob = getSignature.pluck().get(id) as Buffer | undefined;
    // NB: an article deleted since the index was built has no signature left: not a candidate.
    if (!blob) continue;
    const score = signatureSimilarity(signature, signatureFromBlob(blob));
    if (score >= NEAR_DUPLICATE_THRESHOLD) found.push({ id, score });
  }
  found.sort((a, b) => b.score - a.score);

  prepareCached(db, 'INSERT OR REPLACE INTO article_minhash (article_id, signature) VALUES (?, ?)').run(
    articleId,
    Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength)
  );
  index.add(articleId, keys);
  const link = prepareCached(db, "INSERT OR REPLACE INTO article_links (a_id, b_id, kind, score) VALUES (?, ?, 'near-duplicate', ?)");
  for (const d of found) link.run(Math.min(articleId, d.id), Math.max(articleId, d.id), d.score);
  return found;
}

/** Drops an article's signature, band keys and links before its text changes. */
export function forgetSignature(db: WritableDb, index: BandIndex, articleId: number): void {
  const blob = prepareCached(db, 'SELECT signature FROM article_minhash WHERE article_id = ?').pluck().get(articleId) as Buffer | undefined;
  if (blob) index.remove(articleId, bandKeys(signatureFromBlob(blob)));
  prepareCached(db, 'DELETE FROM article_minhash WHERE article_id = ?').run(articleId);
  prepareCached(db, "DELETE FROM article_links WHERE (a_id = ? OR b_id = ?) AND kind = 'near-duplicate'").run(articleId, articleId);
}

/** The near-duplicates of an article, most similar first, with their titles. */
export function listNearDuplicates(db: ReadableDb, articleId: number): Array<{ id: number; title: string; outlet: string | null; score: number }> {
  return prepareCached(
    db,
    `SELECT a.id, a.title, a.outlet, l.score FROM article_links l
       JOIN articles a ON a.id = CASE WHEN l.a_id = ? THEN l.b_id ELSE l.a_id END
      WHERE (l.a_id = ? OR l.b_id = ?) AND l.kind = 'near-duplicate'
      ORDER BY l.score DESC, a.id`
  ).all(articleId, articleId, articleId) as Array<{ id: number; title: string; outlet: string | null; score: number }>;
}
