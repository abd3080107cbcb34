/**
 * Metadata of the five seed articles, as read by hand from the files. Fields a seed does not give
 * must be absent: seed 002 and 003 name no year, 004 has no headline.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractTextMetadata } from './metadata';

function metaOf(name: string) {
  const text = readFileSync(fileURLToPath(new URL(`../../seeds/${name}`, import.meta.url)), 'utf8');
  return extractTextMetadata(text, name);
}

describe('metadata of the seeds', () => {
  it('000: headline, date line, Getty photo, outlet from its Twitter handle; "Reuters is reporting" cites a source, credits none', () => {
    expect(metaOf('000_bd7bce52c9837f88.txt')).toEqual({
      title: 'Russia strikes Daraa after failure of ceasefire talks with Syria rebels',
      outlet: 'The New Arab',
      publishedAt: '2018-07-04',
      photoCredits: ['Getty']
    });
  });

  it('001: date only from the TOPSHOT caption, AFP only as photo credit', () => {
    expect(metaOf('001_2a5d37cfef86ea5c.txt')).toEqual({
      title: "Regime pounds south Syria after rebels say talks with Russia 'fail'",
      publishedAt: '2018-07-04',
      photoCredits: ['AFP']
    });
  });

  it('002: headline under the standfirst, SOURCE: NEWS AGENCIES names no agency, no date', () => {
    expect(metaOf('002_b179c559b3a9cd19.txt')).toEqual({
      title: 'Syrian rebels and Russia ceasefire deal breaks down',
      photoCredits: ['Reuters']
    });
  });

  it('003: headline under the section label, AFP credited, "July 4" without a year is no date', () => {
    expect(metaOf('003_fad06956d701e9d1.txt')).toEqual({
      title: 'South Syria rebels say negotiations with Russia have failed',
      wireCredits: ['AFP']
    });
  });

  it('004: no headline, BEIRUT dateline, "– AFP" sign-off', () => {
    expect(metaOf('004_09dc5959d137b35c.txt')).toEqual({
      dateline: 'BEIRUT',
      wireCredits: ['AFP']
    });
  });
});
