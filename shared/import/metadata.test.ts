import { describe, expect, it } from 'vitest';
import { extractTextMetadata, outletFromHandle } from './metadata';
import { titleFromFileName } from './title';

const LEAD = 'Rebels met a Russian delegation on Wednesday afternoon to deliver their answer.';

describe('extractTextMetadata: title', () => {
  it('takes the first line when it reads like a headline', () => {
    expect(extractTextMetadata(`Rebels say talks with Russia 'fail'\n\n${LEAD}`).title).toBe("Rebels say talks with Russia 'fail'");
  });

  it('looks past a section label, a standfirst sentence and a date line', () => {
    expect(extractTextMetadata(`Middle EastWar\n\nSouth Syria rebels say talks failed\n\n${LEAD}`).title).toBe('South Syria rebels say talks failed');
    expect(extractTextMetadata(`The Russian demands prompted a walkout.\n\nCeasefire deal breaks down\n${LEAD}`).title).toBe('Ceasefire deal breaks down');
    expect(extractTextMetadata(`04 July, 2018\nCeasefire deal breaks down\n${LEAD}`).title).toBe('Ceasefire deal breaks down');
  });

  it('never takes a date in figures for a title, and reads its date when day and month cannot be swapped (review 10)', () => {
    const meta = (first: string) => extractTextMetadata(`${first}\n\nCeasefire deal breaks down\n\n${LEAD}`);
    for (const line of ['04/04/2012', '4/4/2012 10:32', '04 / 04 / 2012', '2012-04-04', 'Posted 04.04.2012'])
      expect([line, meta(line).title, meta(line).publishedAt]).toEqual([line, 'Ceasefire deal breaks down', '2012-04-04']);
    expect(meta('12/25/2012').publishedAt).toBe('2012-12-25');
    expect(meta('25/12/2012').publishedAt).toBe('2012-12-25');
    // July 4 or April 7, and a year without its century: a date line, but no date.
    for (const line of ['04/07/2018', '11 / 28 / 05']) expect([meta(line).title, meta(line).publishedAt]).toEqual(['Ceasefire deal breaks down', undefined]);
    // A date in words outranks one in figures; figures in a sentence are no date line.
    expect(extractTextMetadata(`04/04/2012\n\nTalks fail\n\n05 April, 2012\n\n${LEAD}`).publishedAt).toBe('2012-04-05');
    expect(extractTextMetadata(`Talks fail\n\nRebels met on 04/04/2012 to talk.`).publishedAt).toBeUndefined();
  });

  it('does not pass the first sentence of a story off as its headline', () => {
    const text = `[ad_1]\nBEIRUT : The regime resumed strikes on Wednesday.\nAssad aims to retake the south\n${LEAD}`;
    expect(extractTextMetadata(text).title).toBeUndefined();
    expect(extractTextMetadata(`${LEAD}\n\n${LEAD}\n\n${LEAD}\n\nA crosshead much later`).title).toBeUndefined();
  });

  it('falls back to a file name made of words, never to an id', () => {
    expect(extractTextMetadata(`BEIRUT : ${LEAD}`, 'syria-talks-fail.txt').title).toBe('syria talks fail');
    expect(extractTextMetadata(`BEIRUT : ${LEAD}`, '004_09dc5959d137b35c.txt').title).toBeUndefined();
    expect(extractTextMetadata('Talks fail in Deraa\n\nRebels met.', 'other-name.txt').title).toBe('Talks fail in Deraa');
  });
});

describe('titleFromFileName', () => {
  it('keeps the words of a name and drops numbers and hashes', () => {
    expect(titleFromFileName('/imports/2018_Deraa-talks.collapse.md')).toBe('Deraa talks collapse');
    expect(titleFromFileName('C:\\news\\article_12.txt')).toBeUndefined();
    expect(titleFromFileName('a1b2c3d4e5f6.html')).toBeUndefined();
  });
});

describe('extractTextMetadata: publication date', () => {
  it('prefers Published, then a date line, then Updated, then a caption', () => {
    expect(extractTextMetadata(`Talks fail\nUpdated: 5 July 2018\n04 July, 2018\nPublished: 3 July 2018\n${LEAD}`).publishedAt).toBe('2018-07-03');
    expect(extractTextMetadata(`Talks fail\nUpdated: 5 July 2018\n04 July, 2018\n${LEAD}`).publishedAt).toBe('2018-07-04');
    expect(extractTextMetadata(`Talks fail\nUpdated: 5 July 2018\n${LEAD}`).publishedAt).toBe('2018-07-05');
    expect(extractTextMetadata(`Talks fail\nChildren in Deraa, on July 4, 2018. [AFP]\n${LEAD}`).publishedAt).toBeUndefined();
    expect(extractTextMetadata(`Talks fail\nChildren in Deraa, on July 4, 2018 [AFP]\n${LEAD}`).publishedAt).toBe('2018-07-04');
  });

  it('never dates an article from its reporting or from a date without a year', () => {
    expect(extractTextMetadata(`Talks fail\n\nThe ceasefire agreed on July 7, 2017 has collapsed.`).publishedAt).toBeUndefined();
    expect(extractTextMetadata(`Talks fail\n\nRebels met on Wednesday, July 4 to deliver their answer.`).publishedAt).toBeUndefined();
    expect(extractTextMetadata(`Talks fail\n\nDAMASCUS, July 4 (AFP) - ${LEAD}`).publishedAt).toBeUndefined();
    expect(extractTextMetadata(`Talks fail\n\nDAMASCUS, July 4, 2018 (AFP) - ${LEAD}`).publishedAt).toBe('2018-07-04');
    // A date line outranks the dateline's date; the dateline's outranks an Updated line.
    expect(extractTextMetadata(`Talks fail\n05 July, 2018\n\nDAMASCUS, July 4, 2018 (AFP) - ${LEAD}`).publishedAt).toBe('2018-07-05');
    expect(extractTextMetadata(`Talks fail\nUpdated: 6 July 2018\n\nDAMASCUS, July 4, 2018 (AFP) - ${LEAD}`).publishedAt).toBe('2018-07-04');
  });
});

describe('extractTextMetadata: dateline, credits, byline', () => {
  it('reads a dateline and its agency', () => {
    const meta = extractTextMetadata(`Talks fail\n\nBEIRUT (Reuters) - ${LEAD}`);
    expect(meta.dateline).toBe('BEIRUT');
    expect(meta.wireCredits).toEqual(['Reuters']);
  });

  it('collects text credits once each, in order, and keeps photo credits apart', () => {
    const text = `Talks fail\nFighters near Deraa [Getty]\nDAMASCUS (AFP) - ${LEAD}\n"It ended," he told AFP.\nSource: Reuters`;
    const meta = extractTextMetadata(text);
    expect(meta.wireCredits).toEqual(['AFP', 'Reuters']);
    expect(meta.photoCredits).toEqual(['Getty']);
  });

  it('does not count a photo credit as a wire credit', () => {
    const meta = extractTextMetadata(`Talks fail\nChildren in Deraa / AFP / Youssef KARWASHAN\n${LEAD}`);
    expect(meta.wireCredits).toBeUndefined();
    expect(meta.photoCredits).toEqual(['AFP']);
  });

  it('reads a byline and the agency in it', () => {
    const meta = extractTextMetadata(`Talks fail\nBy Jane Doe, Reuters\n${LEAD}`);
    expect(meta.byline).toBe('Jane Doe');
    expect(meta.wireCredits).toEqual(['Reuters']);
    expect(meta.title).toBe('Talks fail');
  });

  it('leaves out what the text does not give', () => {
    expect(extractTextMetadata(`Talks fail\n\n${LEAD}`)).toEqual({ title: 'Talks fail' });
    expect(extractTextMetadata('')).toEqual({});
  });
});

describe('outletFromHandle', () => {
  it('reads the outlet from its own "Follow us" handle', () => {
    expect(outletFromHandle('Follow us on Twitter: @The_NewArab')).toBe('The New Arab');
    expect(outletFromHandle('Follow us on Facebook @AlJazeeraEnglish')).toBe('Al Jazeera English');
    expect(outletFromHandle('Rebels said on Twitter @SouthFront that talks failed')).toBeUndefined();
  });
});
