import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/contract/annotationSchemas';
import { revertOf } from './revertChanges';

const before = {
  id: 7,
  kind: 'highlight',
  colour: 3,
  note: '',
  tags: ['wire'],
  current: { start: 10, end: 30 }
} as unknown as Annotation;

describe('revertOf (what undoing one highlight edit writes back)', () => {
  it('puts back only the colour after a recolour, so a note saved meanwhile stays', () => {
    expect(revertOf(before, { colour: 6 })).toEqual({ colour: 3 });
  });

  it('puts back the note and the tags an edit changed, and nothing else', () => {
    expect(revertOf(before, { note: 'Same wording as the wire copy' })).toEqual({ note: '' });
    expect(revertOf(before, { tags: ['wire', 'quote'], colour: null })).toEqual({ tags: ['wire'], colour: 3 });
  });

  it('leaves a new extent to a whole restore (its anchor and state move with it)', () => {
    expect(revertOf(before, { range: { start: 12, end: 30 } })).toBeUndefined();
  });
});
