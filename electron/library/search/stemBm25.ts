/**
 * BM25 over Porter stems, computed here rather than by FTS5: the library's index does not stem,
 * and FTS5's `bm25()` gives each form of a word (`body`, `bodies`) its own weight and fixes k1 and
 * b. Scoring a stem as one term — its articles' count for its weight, every form in an article
 * counted — is what a stemming index does (issue 16's baseline); k1 and b are the evaluation's to
 * choose. Used to rescore a question's candidates (question.ts), never the whole library.
 */
export interface Bm25Params {
  /** Term-frequency saturation: how much a word's second, third… use adds. */
  readonly k1: number;
  /** Length normalisation: 0 ignores an article's length, 1 divides by it in full. */
  readonly b: number;
  /** A title word counts this many times one in the text (BM25F's field weight). */
  readonly titleWeight: number;
}

/** An article as the scorer reads it: the terms of its title and of its text, counted, and its lengths in words. */
export interface StemmedArticle {
  readonly id: number;
  readonly title: ReadonlyMap<string, number>;
  readonly body: ReadonlyMap<string, number>;
  readonly titleLength: number;
  readonly bodyLength: number;
}

/** An article's words, title and text apart, as `indexWords` (shared/text/tokens) splits them. */
export interface ArticleWords {
  readonly id: number;
  readonly title: readonly string[];
  readonly body: readonly string[];
}

/**
 * An article as {@link bm25} reads it, counting only the words `termOf` knows, each as its term
 * (a stem stands for every form of it in the library: `body` and `bodies` both count for `bodi`).
 * NB: so no article's words are stemmed, only the question's and the library's words for them.
 */
export function countTerms(article: ArticleWords, termOf: ReadonlyMap<string, string>): StemmedArticle {
  const count = (words: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const w of words) {
      const t = termOf.get(w);
      if (t !== undefined) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    return counts;
  };
  return {
    id: article.id,
    title: count(article.title),
    body: count(article.body),
    titleLength: article.title.length,
    bodyLength: article.body.length
  };
}

/**
 * Each article's BM25 for `terms` (stem → its weight in the query), with `df` the articles of the
 * library holding the stem and `n` the library's size. Articles without any term score 0.
 *
 * NB: the average length is the candidates', not the library's: reading every article's length
 * per question would cost a scan of the library; b is chosen against this average.
 */
export function bm25(
  articles: readonly StemmedArticle[],
  terms: ReadonlyMap<string, number>,
  df: (stem: string) => number,
  n: number,
  params: Bm25Params
): Map<number, number> {
  const length = (a: StemmedArticle) => params.titleWeight * a.titleLength + a.bodyLength;
  const average = articles.reduce((sum, a) => sum + length(a), 0) / Math.max(1, articles.length) || 1;
  const idf = new Map<string, number>();
  for (const t of terms.keys()) {
    const d = Math.max(1, df(t));
    // FTS5's floor: a word in more than half the library still counts a little, never negatively.
    idf.set(t, Math.max(1e-6, Math.log((n - d + 0.5) / (d + 0.5))));
  }
  const scores = new Map<number, number>();
  for (const a of articles) {
    const norm = params.k1 * (1 - params.b + (params.b * length(a)) / average);
    let score = 0;
    for (const [t, weight] of terms) {
      const tf = params.titleWeight * (a.title.get(t) ?? 0) + (a.body.get(t) ?? 0);
      if (tf > 0) score += (weight * idf.get(t)! * tf * (params.k1 + 1)) / (tf + norm);
    }
    scores.set(a.id, score);
  }
  return scores;
}
