import type { TextRange } from '@shared/contract/schemas';
import type { Comparison } from '@shared/compare/compareArticlesTypes';
import type { PassageKind } from '@shared/compare/alignment/types';

/** How many passage colours the theme defines (`--passage-1` … `--passage-12` in theme.css). */
export const PALETTE_SIZE = 12;

/** Where one column carries a shared passage, with the colour slot its passage has everywhere. */
export interface ColumnPassage {
  readonly clusterId: string;
  /** 1…{@link PALETTE_SIZE}: the passage's colour, the same in every column. */
  readonly slot: number;
  readonly kind: PassageKind;
  readonly score: number;
  readonly start: number;
  readonly end: number;
}

/** What a column marks in its text: the shared passages, and the text only it has. */
export interface ColumnMarkup {
  /** In text order. */
  readonly passages: readonly ColumnPassage[];
  /** In text order. */
  readonly unique: readonly TextRange[];
}

const NO_MARKUP: ColumnMarkup = { passages: [], unique: [] };

/**
 * The colour slot of each passage. Passages are numbered in order of first appearance, so
 * neighbours in a text get neighbouring slots, which the palette keeps apart.
 */
export function passageSlots(comparison: Pick<Comparison, 'clusters'>): Map<string, number> {
  return new Map(comparison.clusters.map((cluster, index) => [cluster.id, (index % PALETTE_SIZE) + 1]));
}

/** Each compared article's markup, by article id. */
export function columnMarkup(comparison: Pick<Comparison, 'clusters' | 'unique'>): Map<string, ColumnMarkup> {
  const slots = passageSlots(comparison);
  const passages = new Map<string, ColumnPassage[]>();
  for (const cluster of comparison.clusters) {
    for (const span of cluster.spans) {
      const list = passages.get(span.articleId) ?? [];
      list.push({
        clusterId: cluster.id,
        slot: slots.get(cluster.id) ?? 1,
        kind: span.kind,
        score: span.score,
        start: span.start,
        end: span.end
      });
      passages.set(span.articleId, list);
    }
  }
  const out = new Map<string, ColumnMarkup>();
  for (const [id, list] of passages) out.set(id, { passages: list.sort((a, b) => a.start - b.start), unique: [] });
  for (const { articleId, spans } of comparison.unique) {
    out.set(articleId, { passages: out.get(articleId)?.passages ?? [], unique: [...spans].sort((a, b) => a.start - b.start) });
  }
  return out;
}

/** The markup of one column, or none (an article the comparison did not see). */
export function markupOf(markup: ReadonlyMap<string, ColumnMarkup>, articleId: string): ColumnMarkup {
  return markup.get(articleId) ?? NO_MARKUP;
}
