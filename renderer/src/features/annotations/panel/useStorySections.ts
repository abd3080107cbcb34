import { useEffect, useState } from 'react';
import type { AnnotationFilter } from '../../../../../shared/contract/annotationSchemas';
import type { StorySummary } from '../../../../../shared/contract/schemas';
import { useToast } from '../../../components/useToast';
import { annotationsApi } from '../useAnnotations';
import type { Section } from './sections';

/**
 * Groups by story: one per story holding matching annotations (its notes and its articles'), in
 * the sidebar's order. Counts come from `annotations:counts` per story, asked only while grouping
 * by story.
 */
export function useStorySections(
  enabled: boolean,
  base: AnnotationFilter,
  stories: readonly StorySummary[] | undefined,
  version: number
): Section[] | undefined {
  const toast = useToast();
  const [state, setState] = useState<{ key: string; sections: Section[] } | null>(null);
  const baseKey = JSON.stringify(base);
  const key = `${baseKey}#${version}#${stories?.map((s) => s.id).join(',') ?? ''}`;
  useEffect(() => {
    if (!enabled || !stories) return;
    let current = true;
    const filterOf = (id: number): AnnotationFilter => ({ ...(JSON.parse(baseKey) as AnnotationFilter), storyId: id });
    Promise.all(stories.map((s) => annotationsApi.counts(filterOf(s.id)))).then(
      (counts) => {
        if (!current) return;
        const sections = stories.flatMap((s, i) => {
          const count = counts[i]?.total ?? 0;
          return count > 0 ? [{ key: `s${s.id}`, label: s.label, colour: null, filter: filterOf(s.id), count }] : [];
        });
        setState({ key, sections });
      },
      (error: unknown) => {
        if (current) toast.showError(error);
      }
    );
    return () => {
      current = false;
    };
  }, [enabled, key, baseKey, stories, toast]);
  return state?.sections;
}
