import { describe, expect, it } from 'vitest';
import { tagKey } from './tagKey';

describe('tagKey', () => {
  it('folds the case of accented letters, not only ASCII', () => {
    expect(tagKey('Été')).toBe(tagKey('été'));
    expect(tagKey('ÉTÉ')).toBe(tagKey('été'));
    expect(tagKey('ДАРАА')).toBe(tagKey('Дараа'));
  });
  it('keeps accents: ete is another tag than été', () => {
    expect(tagKey('ete')).not.toBe(tagKey('été'));
  });
  it('takes a decomposed é for the composed one, and trims', () => {
    expect(tagKey(' e\u0301te\u0301 ')).toBe(tagKey('été'));
  });
  it('folds the Turkish dotted and dotless i onto i, and I stays i', () => {
    expect(new Set(['İstanbul', 'ISTANBUL', 'istanbul', 'ıstanbul'].map(tagKey))).toEqual(new Set(['istanbul']));
    expect(tagKey('Iran')).toBe('iran');
  });
  it('takes a run of whitespace inside a tag for one space', () => {
    expect(tagKey('needs  check')).toBe('needs check');
    expect(tagKey('needs\u00a0\tcheck')).toBe(tagKey('Needs check'));
    expect(tagKey('needscheck')).not.toBe(tagKey('needs check'));
  });
  it('folds what lower-casing alone leaves apart', () => {
    expect(tagKey('STRASSE')).toBe(tagKey('Straße'));
    expect(tagKey('ΟΔΟΣ')).toBe(tagKey('οδος'));
  });
});
