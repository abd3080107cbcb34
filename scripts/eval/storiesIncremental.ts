/**
 * Incremental story grouping on ECB+ through the library's own code: articles written into a temp
 * library batch by batch, each batch placed into the stories so far (`placeNewArticles`, or the
 * import policy `ensureStories`), scored against the gold events beside grouping every article at
 * once. Used by `scripts/eval-stories.ts --incremental`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { insertArticle } from '../../electron/library/articles';
import type { WritableDb } from '../../electron/library/db/connection';
import { openLibrary } from '../../electron/library/library';
import { ensureStories } from '../../electron/library/stories/ensureStories';
import { placeNewArticles } from '../../electron/library/stories/placeNew';
import { regroupStories } from '../../electron/library/stories/regroup';
import { bcubed, type BCubedScores } from './bcubed';

/** An ECB+ document as the evaluation reads it. */
export interface EvalDoc {
  readonly file: string;
  readonly topic: number;
  readonly cluster: string;
  readonly text: string;
}

/** How later batches are grouped: always placed, or as an import would (placed unless the library drifted). */
export type BatchMode = 'placed' | 'policy';

/**
 * B³ of the stories after writing `batches` in turn into a new library: the first batch grouped in
 * full, each later one by `mode`.
 */
export function scoreBatches(batches: ReadonlyArray<readonly EvalDoc[]>, mode: BatchMode): { scores: BCubedScores; fullGroupings: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-eval-stories-'));
  const library = openLibrary(path.join(dir, 'lib.sqlite'), { write: true });
  try {
    const { db } = library;
    const fileOf = new Map<number, string>();
    let fullGroupings = 0;
    batches.forEach((batch, b) => {
      db.transaction(() => {
        for (const doc of batch) fileOf.set(write(db, doc), doc.file);
      })();
      if (b === 0) {
        regroupStories(db);
        fullGroupings++;
      } else if (mode === 'placed') placeNewArticles(db);
      else {
        const before = db.prepare('SELECT coalesce(sum(placed), 0) FROM story_vectors').pluck().get() as number;
        // ECB+ is smaller than PLACE_FROM: the policy's drift rule alone, as in a large library.
        ensureStories(db, { placeFrom: 0 });
        const after = db.prepare('SELECT coalesce(sum(placed), 0) FROM story_vectors').pluck().get() as number;
        if (after <= before) fullGroupings++;
      }
    });
    const predicted = new Map(
      (db.prepare('SELECT article_id, story_id FROM story_articles').raw().all() as Array<[number, number]>).map(([a, s]) => [
        fileOf.get(a)!,
        String(s)
      ])
    );
    const gold = new Map(batches.flat().map((d) => [d.file, d.cluster]));
    return { scores: bcubed(predicted, gold), fullGroupings };
  } finally {
    library.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function write(db: WritableDb, doc: EvalDoc): number {
  return insertArticle(
    db,
    {
      title: '',
      outlet: null,
      byline: null,
      publishedAt: null,
      url: null,
      language: 'en',
      dateline: null,
      wireCredits: [],
      body: doc.text,
      original: doc.text,
      removed: [],
      contentHash: doc.file,
      wordCount: doc.text.split(/\s+/).length,
      sourcePath: doc.file,
      sourceFormat: 'text',
      collection: null,
      minhash: null
    },
    '2026-12-06T00:00:00.000Z'
  );
}
