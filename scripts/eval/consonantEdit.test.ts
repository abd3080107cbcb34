import { spellingLetters } from '@shared/search/spellingVariant';
import { describe, expect, it } from 'vitest';
import { allowsConsonantEdit, consonantEdit, isTransliterationEdit } from './consonantEdit';

const edit = (a: string, b: string) => consonantEdit(spellingLetters(a), spellingLetters(b));
const allows = (rule: Parameters<typeof allowsConsonantEdit>[0], a: string, b: string) =>
  allowsConsonantEdit(rule, spellingLetters(a), spellingLetters(b));

describe('consonantEdit', () => {
  it('finds a consonant added at the end of a name, the way a word is made from it', () => {
    expect(edit('Africa', 'African')).toEqual({ kind: 'added', atEdge: true, letters: 'n' });
    expect(edit('Syrian', 'Syria')).toEqual({ kind: 'added', atEdge: true, letters: 'n' });
    expect(edit('Americas', 'American')).toEqual({ kind: 'changed', atEdge: true, letters: 'ns' });
  });

  it('finds a consonant edited inside a respelt name', () => {
    expect(edit('Anwar', 'Anuar')).toEqual({ kind: 'added', atEdge: false, letters: 'f' });
    expect(edit('Marcal', 'Marsal')).toEqual({ kind: 'changed', atEdge: false, letters: 'ks' });
    expect(edit('Gaddafi', 'Geneva')).toEqual({ kind: 'changed', atEdge: false, letters: 'dn' });
  });

  it('has no edit between spellings of one skeleton', () => {
    expect(edit('Qaddafi', 'Kadhafi')).toBeUndefined();
  });

  it('knows the consonant edits transliteration makes, and no others', () => {
    expect(isTransliterationEdit(edit('Anwar', 'Anuar')!)).toBe(true);
    expect(isTransliterationEdit(edit('Loughry', 'Lowry')!)).toBe(true);
    expect(isTransliterationEdit(edit('Gaddafi', 'Geneva')!)).toBe(false);
    expect(isTransliterationEdit(edit('Milan', 'Macken')!)).toBe(false);
  });
});

describe('allowsConsonantEdit', () => {
  it('lets each rule refuse what it names', () => {
    expect(allows('any', 'Africa', 'African')).toBe(true);
    expect(allows('inside', 'Africa', 'African')).toBe(false);
    expect(allows('inside', 'Gaddafi', 'Geneva')).toBe(true);
    expect(allows('pairs', 'Gaddafi', 'Geneva')).toBe(false);
    // Cyprus/Cypriot: t/s is a transliteration pair, but at the end of the word.
    expect(allows('pairs', 'Cyprus', 'Cypriot')).toBe(true);
    expect(allows('inside-pairs', 'Cyprus', 'Cypriot')).toBe(false);
    expect(allows('inside-pairs', 'Anwar', 'Anuar')).toBe(true);
  });
});
