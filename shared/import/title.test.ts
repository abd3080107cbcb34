import { describe, expect, it } from 'vitest';
import { leadTitle } from './title';

describe('leadTitle: a stand-in title from the lead sentence', () => {
  it('keeps a lead of up to 120 characters whole, without the dateline', () => {
    expect(leadTitle('BEIRUT (Reuters) - Rebels in Daraa rejected Russian terms on Wednesday.\n\nMore.', 'BEIRUT')).toBe(
      'Rebels in Daraa rejected Russian terms on Wednesday.'
    );
  });

  it('cuts a long lead before a clause word, not mid-phrase (seed 004)', () => {
    const lead =
      'BEIRUT : The Syrian regime and its Russian ally resumed their air strikes in the south of the country on Wednesday after the rebels "failed" negotiations over a government takeover.';
    expect(leadTitle(lead, 'BEIRUT')).toBe(
      'The Syrian regime and its Russian ally resumed their air strikes in the south of the country on Wednesday'
    );
  });

  it('cuts at the last comma far enough in, but not inside a time or a list of figures', () => {
    expect(
      leadTitle(
        'Striking another blow against the pirates infesting the waters off the Horn of Africa, an Indian Navy warship not only foiled a hijack attempt but caught the pirates.',
        undefined
      )
    ).toBe('Striking another blow against the pirates infesting the waters off the Horn of Africa');
    expect(
      leadTitle(
        'Voters in Turkmenistan began to cast their ballots at 8: 00 am local time (0300 GMT) on Sunday in the fourth parliamentary election of the country.',
        undefined
      )
    ).toBe('Voters in Turkmenistan began to cast their ballots at 8: 00 am local time (0300 GMT) on Sunday');
  });

  it('never ends on an initial or an abbreviation (review 10: ECB+ 10_2ecbplus, 34_1ecb)', () => {
    expect(
      leadTitle(
        'Boston Red Sox majority owner John W. Henry, CEO Larry Lucchino and general manager Theo Epstein flew to Texas on Thursday night to meet with free agent Mark Teixeira.',
        undefined
      )
    ).toBe('Boston Red Sox majority owner John W. Henry, CEO Larry Lucchino and general manager Theo Epstein flew to Texas');
    expect(leadTitle('CNN medical reporter and Grady hospital neurosurgeon Dr. Sanjay Gupta is a candidate for surgeon general.', undefined)).toBe(
      'CNN medical reporter and Grady hospital neurosurgeon Dr. Sanjay Gupta is a candidate for surgeon general.'
    );
    expect(leadTitle('Tyler Hansbrough scored 20 to help the No. 1 Tar Heels win.', undefined)).toBe(
      'Tyler Hansbrough scored 20 to help the No. 1 Tar Heels win.'
    );
    // No clause end or adjunct far enough in; the last word boundary leaves an abbreviation: one word further back.
    const lead =
      'The committee chaired by the veteran senator of the northern district of the state has now formally asked Gen. Montgomery-Whitfield to testify.';
    expect(leadTitle(lead, undefined)).toBe(
      'The committee chaired by the veteran senator of the northern district of the state has now formally asked'
    );
  });

  it('cuts before an adjunct, else at the last word boundary not left on "the", "of"…; never with "…" (review 12: citations)', () => {
    const words = 'Residents evacuated from their homes in Banstead on Friday night have been allowed back into their houses by the county fire brigade today.';
    expect(leadTitle(words, undefined)).toBe('Residents evacuated from their homes in Banstead on Friday night have been allowed back into their houses');
    const plain =
      'Residents evacuated from their homes of Banstead the Friday night have been allowed back home and told of the county fire brigade and the army today.';
    expect(leadTitle(plain, undefined)).toBe(
      'Residents evacuated from their homes of Banstead the Friday night have been allowed back home and told of the county'
    );
    // A quotation the cut goes into is closed: nothing else says it went on.
    expect(
      leadTitle('"Today will be the last round – either the rebels accept these conditions or the talks end here with nothing agreed at all," he said.', undefined)
    ).toBe('"Today will be the last round – either the rebels accept these conditions or the talks end here with nothing agreed"');
    expect(leadTitle('\n\n', undefined)).toBeUndefined();
  });
});
