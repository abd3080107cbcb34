import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './quoteSpeakers';

describe('quoteSpeakers', () => {
  it('names one person once, whatever apostrophe or title is written', () => {
    expect(quoteSpeakers(["HRW's Lama Fakih", 'HRW’s Lama Fakih'])).toEqual(["HRW's Lama Fakih"]);
    expect(quoteSpeakers(['Mr Jabbawi', 'Jabbawi'])).toHaveLength(1);
    expect(quoteSpeakers(['Their spokesman Ibrahim Jabbawi', 'Spokesman Ibrahim Jabbawi'])).toEqual([
      'Spokesman Ibrahim Jabbawi'
    ]);
    expect(quoteSpeakers(['The source', 'the source'])).toEqual(['The source']);
  });

  it('keeps different speakers apart', () => {
    expect(quoteSpeakers(['Lavrov', 'Ali Salhadi', 'the command'])).toEqual(['Lavrov', 'Ali Salhadi', 'the command']);
    expect(quoteSpeakers(['the source', 'the command'])).toHaveLength(2);
  });
});
