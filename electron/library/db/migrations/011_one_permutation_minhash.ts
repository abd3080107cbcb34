import { frozenSignature, signatureBlob } from './frozen/minhash';
import type { Migration } from './types';

/**
 * Recomputes every stored MinHash signature with one-permutation hashing (`minhashOfWords`), so
 * articles imported from now on compare with those imported before. Links found with the old
 * signatures stay: they were right when found, and both schemes estimate the same similarity.
 * NB: with the signature frozen as it was when this landed (./frozen/minhash.ts), not today's.
 */
export const migration011: Migration = {
  version: 11,
  name: 'one-permutation-minhash',
  up(db) {
    const rows = db
      .prepare('SELECT a.id, a.body FROM articles a JOIN article_minhash m ON m.article_id = a.id')
      .iterate() as Iterable<{ id: number; body: string }>;
    const update = db.prepare('UPDATE article_minhash SET signature = ? WHERE article_id = ?');
    const drop = db.prepare('DELETE FROM article_minhash WHERE article_id = ?');
    const changes: Array<[number, Buffer | null]> = [];
    for (const { id, body } of rows) {
      const sig = frozenSignature(body);
      changes.push([id, sig ? signatureBlob(sig) : null]);
    }
    for (const [id, blob] of changes) {
      if (blob) update.run(blob, id);
      else drop.run(id);
    }
  }
};
