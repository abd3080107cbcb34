import type { ReadableDb, WritableDb } from '../db/connection';
import { prepareCached } from '../db/statements';
import { bandKeys, minhashSignature, signatureSimilarity } from '../../../shared/text/minhash';

/**
 * Estimated share of five-word runs two articles must share to be linked as near-duplicates
 * (the same story lightly edited: a changed sentence, a new paragraph, a different headline).
 * Exact copies never get here: they are caught by the content hash first.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/** Band buckets larger than this are treated as boilerplate and not compared. */
const MAX_BUCKET = 25;

/** An article this one nearly duplicates. */
export interface NearDuplicate {
  readonly id: number;
  readonly score: number;
}

/**
 * Indexes a newly stored article (MinHash signature and LSH band keys) and links it to the
 * articles it nearly duplicates; runs inside the caller's transaction. Candidates come from the
 * band index, so the cost does not grow with the library.
 *
 * @param signature the body's MinHash signature when already computed (see `NewArticle.minhash`).
 * @returns the articles it was linked to, most similar first.
 */
export function linkNearDuplicates(
  db: WritableDb,
  articleId: number,
  body: string,
  signature: Uint32Array | null = minhashSignature(body)
): NearDuplicate[] {
  if (!signature) return [];
  const keys = bandKeys(signature);
  const candidates = new Set<number>();
  // NB: a band shared by very many articles is boilerplate (templated market briefs), not
  // evidence of a copy: such buckets are skipped, which keeps linking fast on wire archives.
  const findBand = prepareCached(db, `SELECT article_id FROM minhash_bands WHERE band_key = ? LIMIT ${MAX_BUCKET + 1}`);
  for (const key of keys) {
    const ids = findBand.pluck().all(key) as number[];
    if (ids.length > MAX_BUCKET) continue;
    for (const id of ids) if (id !== articleId) candidates.add(id);
  }

  const getSignature = prepareCached(db, 'SELECT signature FROM article_minhash WHERE article_id = ?');
  const found: NearDuplicate[] = [];
  for (const id of candidates) {
    const blob = getSignature.pluck().get(id) as Buffer | undefined;
    if (!blob) continue;
    const other = new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
    const score = signatureSimilarity(signature, other);
    if (score >= NEAR_DUPLICATE_THRESHOLD) found.push({ id, score });
  }
  found.sort((a, b) => b.score - a.score);

  prepareCached(db, 'INSERT OR REPLACE INTO article_minhash (article_id, signature) VALUES (?, ?)').run(
    articleId,
    Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength)
  );
  const addBand = prepareCached(db, 'INSERT INTO minhash_bands (band_key, article_id) VALUES (?, ?)');
  for (const key of keys) addBand.run(key, articleId);
  const link = prepareCached(db, "INSERT OR REPLACE INTO article_links (a_id, b_id, kind, score) VALUES (?, ?, 'near-duplicate', ?)");
  for (const d of found) link.run(Math.min(articleId, d.id), Math.max(articleId, d.id), d.score);
  return found;
}

/** Drops an article's signature, bands and links before its text changes. */
export function forgetSignature(db: WritableDb, articleId: number): void {
  prepareCached(db, 'DELETE FROM minhash_bands WHERE article_id = ?').run(articleId);
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
