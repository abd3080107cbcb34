import { describe, expect, it } from 'vitest';
import { countLabel, figureValue } from './countLabel';

describe('countLabel', () => {
  it('reads the counted noun and the event as words', () => {
    expect(countLabel({ label: 'civilian (killed)', category: 'casualties' })).toBe('Civilians killed');
    expect(countLabel({ label: 'person (displaced)', category: 'people' })).toBe('People displaced');
    expect(countLabel({ label: 'people (displaced)', category: 'people' })).toBe('People displaced');
    expect(countLabel({ label: 'town', category: 'places' })).toBe('Towns');
    expect(countLabel({ label: 'country', category: 'count' })).toBe('Countries');
    expect(countLabel({ label: 'week', category: 'duration' })).toBe('Weeks');
  });
  it('names dates and shares plainly', () => {
    expect(countLabel({ label: 'date', category: 'date' })).toBe('Date');
    expect(countLabel({ label: 'percent', category: 'percent' })).toBe('Per cent');
  });
});

describe('figureValue', () => {
  const figure = { value: 140, vague: false, normalized: 'more than 140 civilian (killed)', qualifier: 'more than' as const };
  it('gives the qualifier and the number, as they compare', () => {
    expect(figureValue(figure, 'casualties')).toBe('more than 140');
    expect(figureValue({ ...figure, value: 60, qualifier: 'about', normalized: 'about 60%' }, 'percent')).toBe('about 60%');
    expect(figureValue({ value: 2, vague: false, normalized: '2 week' }, 'duration', 'week')).toBe('2 weeks');
    expect(figureValue({ value: 270000, max: 330000, vague: false, normalized: '270000-330000 person' }, 'people')).toMatch(
      /^270.000–330.000$/
    );
  });
  it('reads vague amounts as the engine did, and leaves dates to their text', () => {
    expect(figureValue({ value: 1000, vague: true, normalized: 'at least 1000 (displaced)' }, 'people')).toMatch(
      /^at least 1.000$/
    );
    expect(figureValue({ value: 20180704, vague: false, normalized: '2018-07-04' }, 'date')).toBeNull();
  });
});
