import { describe, expect, it } from 'vitest';
import { parseQuery } from './parseQuery';
import { variantMap } from './variantMap';
import { VariantIndex } from './variants';

const index = new VariantIndex(
  new Map([
    ['daraa', 40],
    ['deraa', 12],
    ['jabbawi', 3],
    ['busra', 8],
    ['bosra', 2],
    ['straße', 1]
  ])
);

describe('variantMap', () => {
  it('gives every bare word, kept or excluded, its variants', () => {
    expect(variantMap(parseQuery('Deraa -Jabawi'), index)).toEqual(
      new Map([
        ['deraa', ['daraa']],
        ['jabawi', ['jabbawi']]
      ])
    );
  });

  it('leaves quoted words, prefixes and NEAR exact', () => {
    expect(variantMap(parseQuery('"Deraa" busr* NEAR(deraa jabawi)'), index)).toEqual(new Map());
  });

  it('includes an exact match the index spells differently', () => {
    expect(variantMap(parseQuery('strasse'), index)).toEqual(new Map([['strasse', ['straße']]]));
  });
});
