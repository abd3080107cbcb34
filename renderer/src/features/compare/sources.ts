import { sourceLetter } from '@shared/compare/sourceLetter';
import type { Article } from '@shared/contract/schemas';

/** One compared article as the panels name it: a letter (A, B…) and a short name. */
export interface Source {
  readonly id: string;
  readonly articleId: number;
  /** `A`, `B`… in column order: short enough for a matrix header or a chip. */
  readonly letter: string;
  /** The outlet, or the title when the outlet is unknown. */
  readonly name: string;
  readonly title: string;
  readonly outlet: string | null;
}

/** The compared articles as sources, in column order, by their comparison id (`String(article.id)`). */
export function sourcesOf(articles: readonly Article[]): Map<string, Source> {
  return new Map(
    articles.map((article, index) => {
      const source: Source = {
        id: String(article.id),
        articleId: article.id,
        letter: sourceLetter(index),
        name: article.outlet ?? article.title,
        title: article.title,
        outlet: article.outlet
      };
      return [source.id, source];
    })
  );
}

/** `A, B and D` for a list of source ids (unknown ids are left out). */
export function lettersOf(ids: readonly string[], sources: ReadonlyMap<string, Source>): string {
  const letters = ids.map((id) => sources.get(id)?.letter).filter((l): l is string => l !== undefined);
  if (letters.length <= 1) return letters.join('');
  return `${letters.slice(0, -1).join(', ')} and ${letters.at(-1)}`;
}
