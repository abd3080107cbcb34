import type { Annotation, AnnotationChanges } from '@shared/contract/annotationSchemas';

/**
 * The changes that put back what `changes` changed on `before`, field by field (note, tags,
 * colour), so undoing one edit leaves every other field as it is now; or undefined when the edit
 * moved the highlight's extent, which moves its anchor and state too and is undone by restoring
 * the whole annotation.
 */
export function revertOf(before: Annotation, changes: AnnotationChanges): AnnotationChanges | undefined {
  if (changes.range !== undefined) return undefined;
  return {
    ...(changes.note !== undefined ? { note: before.note } : {}),
    ...(changes.tags !== undefined ? { tags: before.tags } : {}),
    ...(changes.colour !== undefined ? { colour: before.colour } : {})
  };
}
