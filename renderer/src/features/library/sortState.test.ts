import { describe, expect, it } from 'vitest';
import { nextSort } from './sortState';

describe('nextSort', () => {
  it('flips the direction of the current column', () => {
    expect(nextSort({ key: 'title', direction: 'asc' }, 'title')).toEqual({ key: 'title', direction: 'desc' });
  });
  it('starts text columns A→Z and dates or counts largest first', () => {
    expect(nextSort({ key: 'publishedAt', direction: 'desc' }, 'outlet')).toEqual({ key: 'outlet', direction: 'asc' });
    expect(nextSort({ key: 'title', direction: 'asc' }, 'wordCount')).toEqual({ key: 'wordCount', direction: 'desc' });
  });
});
