import { useMemo } from 'react';
import type { Annotation } from '@shared/contract/annotationSchemas';
import { useArticleAnnotations } from '../useAnnotations';
import type { HighlightSpan } from './layers';

const NONE: readonly Annotation[] = [];

/** An article's highlights in every state (orphans are listed, drawn only where they have a place); reloaded on every change. */
export function useHighlights(articleId: number | null): readonly Annotation[] {
  const { value } = useArticleAnnotations(articleId);
  return useMemo(
    () => (articleId === null ? NONE : (value?.items ?? NONE).filter((a) => a.kind === 'highlight' && a.articleId === articleId)),
    [articleId, value]
  );
}

/** The highlights that have a place in today's text, as drawn. */
export function spansOf(highlights: readonly Annotation[]): HighlightSpan[] {
  const out: HighlightSpan[] = [];
  for (const h of highlights) {
    if (h.current && h.colour !== null)
      out.push({ id: h.id, colour: h.colour, ...h.current, changed: h.state === 'changed', noted: h.note.trim() !== '' });
  }
  return out;
}
