import { describe, expect, it } from 'vitest';
import { detectColumnMapping, parseMappingSpec } from './columns';

describe('detectColumnMapping', () => {
  it('maps synonyms regardless of case, spaces and punctuation', () => {
    expect(detectColumnMapping(['ID', 'Headline', 'Full Text', 'pub_date', 'Media', 'Link', 'By-line', 'LANG'])).toEqual({
      title: 'Headline',
      text: 'Full Text',
      date: 'pub_date',
      source: 'Media',
      url: 'Link',
      author: 'By-line',
      language: 'LANG'
    });
  });

  it('prefers the more specific synonym when several columns match', () => {
    expect(detectColumnMapping(['content', 'text', 'heading', 'title'])).toEqual({ text: 'text', title: 'title' });
  });

  it('returns no text field when no column looks like text', () => {
    expect(detectColumnMapping(['a', 'b', 'c'])).toEqual({});
  });
});

describe('parseMappingSpec', () => {
  it('parses field=column pairs, with quotes for awkward names', () => {
    expect(parseMappingSpec('title=headline,text=body')).toEqual({ ok: true, mapping: { title: 'headline', text: 'body' } });
    expect(parseMappingSpec(' text = "Body, full" , date=When ')).toEqual({
      ok: true,
      mapping: { text: 'Body, full', date: 'When' }
    });
    expect(parseMappingSpec('byline=Writer,lang=L')).toEqual({ ok: true, mapping: { author: 'Writer', language: 'L' } });
  });

  it('explains what is wrong', () => {
    expect(parseMappingSpec('colour=red')).toEqual({
      ok: false,
      message: 'Unknown field "colour" — use title, text, date, source, url, author, language'
    });
    expect(parseMappingSpec('text=')).toEqual({ ok: false, message: 'No column given for text' });
    expect(parseMappingSpec('text=a,text=b')).toEqual({ ok: false, message: 'text is mapped twice' });
    expect(parseMappingSpec('')).toMatchObject({ ok: false });
    expect(parseMappingSpec('justtext')).toMatchObject({ ok: false });
  });
});
