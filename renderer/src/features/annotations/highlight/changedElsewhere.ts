import type { Annotation } from '@shared/contract/annotationSchemas';

/** The parts of a highlight a user changes: undo compares these, not `updatedAt`, which a re-anchoring also moves. */
export type HighlightField = 'colour' | 'note' | 'tags' | 'range';

/** Every {@link HighlightField}: what undoing a highlight's creation or a new extent would discard. */
export const EVERY_FIELD: readonly HighlightField[] = ['colour', 'note', 'tags', 'range'];

/** The sentence shown when an undo or redo is refused because another window changed the highlight. */
export const CHANGED_ELSEWHERE =
  'Not undone: this highlight was changed in another window since (or by a crosscheck command), and undoing would discard that change.';

function valueOf(a: Annotation, field: HighlightField): unknown {
  if (field === 'range') return a.current === null ? null : [a.current.start, a.current.end];
  return a[field];
}

/**
 * Whether `now` (the highlight as stored) differs from `mine` (as this window's last write left
 * it) in any of `fields`. Undo takes a window's step back by writing over the stored highlight; when
 * another window (or `crosscheck annotate`) changed one of those fields since, writing over it would
 * discard that change with no word to either window (review 16, #3), so the step is refused.
 *
 * @example changedSince(made, stored, EVERY_FIELD) // true once another window recoloured it
 */
export function changedSince(mine: Annotation, now: Annotation, fields: readonly HighlightField[]): boolean {
  return fields.some((field) => JSON.stringify(valueOf(mine, field)) !== JSON.stringify(valueOf(now, field)));
}

/** The fields an edit sets: a new extent is `range`. */
export function fieldsOf(changes: {
  readonly colour?: unknown;
  readonly note?: unknown;
  readonly tags?: unknown;
  readonly range?: unknown;
}): HighlightField[] {
  return EVERY_FIELD.filter((field) => changes[field] !== undefined);
}
