import { describe, expect, it } from 'vitest';
import { bylineDate, matchByline } from './byline';

describe('matchByline', () => {
  it('reads names and agencies of a byline', () => {
    expect(matchByline('By Jane Doe')).toEqual({ names: 'Jane Doe', agencies: [] });
    expect(matchByline('By Jane Doe, Reuters')).toEqual({ names: 'Jane Doe', agencies: ['Reuters'] });
    expect(matchByline('By Jane Doe and John Roe | AFP')).toEqual({ names: 'Jane Doe and John Roe', agencies: ['AFP'] });
    expect(matchByline('By Ibrahim al-Jabawi, in Beirut')).toEqual({ names: 'Ibrahim al-Jabawi', agencies: [] });
    expect(matchByline('By Reuters Staff')).toEqual({ agencies: ['Reuters'] });
    expect(matchByline('Written by Lama Fakih')).toEqual({ names: 'Lama Fakih', agencies: [] });
  });

  it('refuses sentences that start with "By"', () => {
    expect(matchByline('By Wednesday, rebels had left Busra al-Sham.')).toBeUndefined();
    expect(matchByline('By Wednesday Evening')).toBeUndefined();
    expect(matchByline('By then the talks had collapsed')).toBeUndefined();
    expect(matchByline('By the time Russian jets struck, the rebels had left the town')).toBeUndefined();
  });
});

describe('bylineDate', () => {
  it('reads a date that follows the names, whatever its separator or form', () => {
    expect(bylineDate('By Jane Doe, 7 July 2018')).toBe('2018-07-07');
    expect(bylineDate('By Jane Doe, Reuters, July 7, 2018')).toBe('2018-07-07');
    expect(bylineDate('By Jane Doe | Published 7 July 2018 10:32 GMT')).toBe('2018-07-07');
  });

  it('takes no date from other words, an Updated stamp or a line that is no byline', () => {
    expect(bylineDate('By Jane Doe, who covered the 7 July 2018 talks')).toBeUndefined();
    expect(bylineDate('By Jane Doe | Updated 7 July 2018')).toBeUndefined();
    expect(bylineDate('By Wednesday, 7 July 2018, rebels had left')).toBeUndefined();
  });
});
