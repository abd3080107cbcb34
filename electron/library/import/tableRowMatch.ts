/**
 * Which article a re-imported table row (CSV/TSV/JSON record) is a newer version of. A row's
 * identity is its content, never its position: a row inserted, removed or sorted moves every later
 * row's number, and matching by `row N` put each row's text on its neighbour's article, with that
 * article's corrections and highlights (review 13, finding 2). Exact copies are found by content
 * hash before this is asked (importPaths); a changed row is the newer version of a previous row of
 * the same file with the same URL, else of the one whose text is nearly the same, else of none.
 */
import { signatureSimilarity } from '@shared/text/minhash';
import type { ReadableDb } from '../db/connection';
import { prepareCached } from '../db/statements';
import { signatureFromBlob } from './bandIndex';
import { NEAR_DUPLICATE_THRESHOLD } from './nearDuplicates';

/**
 * A changed row is taken for the newer version of the previous row (of the same file, not claimed by
 * another row) it would be linked to as a near-duplicate, the most similar one: an estimated half of
 * its five-word runs in common ({@link NEAR_DUPLICATE_THRESHOLD}), not tuned on any data set. NB: the
 * review's 0.8 missed a two-word fix in an 85-word row (estimated 0.797 with 64-hash signatures), and
 * a row missed is a second copy of the article, its highlights left on the first.
 */
export const SAME_ROW_SIMILARITY = NEAR_DUPLICATE_THRESHOLD;

/** A source path that names one row of a table file: `file.csv#row 3`, `a.zip#data.csv, row 3`. */
const ROW_SOURCE = /^(.+(?:#|, ))row (\d+)$/;

/** The file part of a table row's source path and the row's number, or undefined when it names no row. */
export function tableRowSource(sourcePath: string | null): { file: string; row: number } | undefined {
  const m = sourcePath ? ROW_SOURCE.exec(sourcePath) : null;
  return m ? { file: m[1]!, row: Number(m[2]) } : undefined;
}

interface PreviousRow {
  readonly id: number;
  readonly row: number;
  readonly url: string | null;
  readonly signature: Uint32Array | null;
}

/**
 * The previous rows of each table file met in one import, read once per file (a 10,000-row sheet
 * asks 10,000 times). Articles written by the import itself are left out by the caller's `taken`.
 */
export class TableRowMatcher {
  private readonly files = new Map<string, PreviousRow[]>();

  constructor(private readonly db: ReadableDb) {}

  /** Forgets what was read: after a rolled-back batch, whose ids SQLite hands out again. */
  reset(): void {
    this.files.clear();
  }

  /**
   * The article a changed row replaces, or undefined for a new one. `taken` says which articles
   * may not be chosen: written by this import already, or holding the exact text of another row.
   */
  match(
    source: { file: string; row: number },
    row: { url: string | null; minhash: Uint32Array | null },
    taken: (id: number) => boolean
  ): number | undefined {
    const previous = this.previousRows(source.file).filter((p) => !taken(p.id));
    // NB: several rows may carry one URL (a live blog's updates); then the text decides among them.
    const byUrl = row.url ? previous.filter((p) => p.url === row.url) : [];
    if (byUrl.length === 1) return byUrl[0]!.id;
    const pool = byUrl.length > 1 ? byUrl : previous;
    if (!row.minhash) return undefined;
    let best: PreviousRow | undefined;
    let bestScore = SAME_ROW_SIMILARITY;
    for (const p of pool) {
      if (!p.signature) continue;
      const score = signatureSimilarity(row.minhash, p.signature);
      // The row number only breaks a tie between equally similar texts.
      if (score > bestScore || (score === bestScore && (best === undefined || (p.row === source.row && best.row !== source.row)))) {
        best = p;
        bestScore = score;
      }
    }
    return best?.id;
  }

  private previousRows(file: string): PreviousRow[] {
    let rows = this.files.get(file);
    if (rows) return rows;
    // `file#row ` up to `file#row!` (the next character after a space): every row of that file, by the source path index.
    const found = prepareCached(
      this.db,
      `SELECT a.id, a.source_path AS sourcePath, a.url, m.signature FROM articles a
         LEFT JOIN article_minhash m ON m.article_id = a.id
        WHERE a.source_path >= ? AND a.source_path < ? ORDER BY a.id`
    ).all(`${file}row `, `${file}row!`) as Array<{ id: number; sourcePath: string; url: string | null; signature: Buffer | null }>;
    rows = [];
    for (const f of found) {
      const parsed = tableRowSource(f.sourcePath);
      if (parsed?.file !== file) continue;
      rows.push({ id: f.id, row: parsed.row, url: f.url, signature: f.signature ? signatureFromBlob(f.signature) : null });
    }
    this.files.set(file, rows);
    return rows;
  }
}
