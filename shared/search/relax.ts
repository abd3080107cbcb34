import type { QueryNode } from './types';

/**
 * Long queries: a question pasted into the box ("what similarity laws must be obeyed when
 * constructing aeroelastic models…") has more words than any one article, so requiring all of
 * them finds nothing. A query of at least `minTerms` positive parts whose full match finds fewer
 * than `below` articles is also searched as "any of these", ranked below the full matches.
 * Short queries — what people type — keep AND: `Daraa talks` never lists articles with only one
 * of the words.
 */
export interface RelaxOptions {
  readonly minTerms: number;
  readonly below: number;
}

export const DEFAULT_RELAX: RelaxOptions = { minTerms: 4, below: 10 };

/** Libraries smaller than this keep a long query's common words (see {@link anyOfQuery}). */
export const COMMON_WORDS_FROM = 1000;

/** The positive top-level parts of a query (words, phrases, groups; not exclusions). */
export function positiveParts(text: QueryNode | null): QueryNode[] {
  if (!text) return [];
  const children = text.type === 'and' ? text.children : [text];
  return children.filter((c) => c.type !== 'not');
}

/**
 * The query as "any of its positive parts, none of its exclusions", or null when it has fewer
 * than `minTerms` parts.
 *
 * In a library of at least {@link COMMON_WORDS_FROM} articles, words in more than half of it are
 * left out (unless nothing else is left): BM25 gives them almost no weight anyway, and with OR they
 * would match most of the library and make ranking it slow. NB: not in a small library, where
 * ranking everything is cheap and most of a question's words are in most articles: leaving them out
 * there left a question about the seeds' talks only its rarest word (`army`, in none) and no hits. So are the words `isContent` rejects (the function words of a question:
 * `what`, `anyone`): rare in articles, BM25 would weigh an article for having them.
 *
 * @param df  Articles holding a bare word (folded), or undefined for other parts.
 */
export function anyOfQuery(
  text: QueryNode | null,
  options: RelaxOptions,
  df: (word: string) => number | undefined,
  articleCount: number,
  isContent: (word: string) => boolean = () => true
): QueryNode | null {
  const positive = positiveParts(text);
  if (!text || positive.length < options.minTerms) return null;
  const common = (node: QueryNode): boolean => {
    if (node.type !== 'term' || node.term.kind !== 'word' || node.term.words.length !== 1) return false;
    const word = node.term.words[0] as string;
    if (!isContent(word)) return true;
    const n = df(word);
    return n !== undefined && articleCount >= COMMON_WORDS_FROM && n > articleCount / 2;
  };
  const kept = positive.filter((p) => !common(p));
  const any: QueryNode = { type: 'or', children: kept.length > 0 ? kept : positive };
  const exclusions = (text.type === 'and' ? text.children : [text]).filter((c) => c.type === 'not');
  return exclusions.length === 0 ? any : { type: 'and', children: [any, ...exclusions] };
}
