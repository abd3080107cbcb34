import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHighlights, makeSnippet } from '@shared/search/highlight';
import { parseQuery } from '@shared/search/parseQuery';
import { SEEDS_DIR } from '../testing/tempLibrary';
import { toHit } from './hits';

const row = (body: string) => ({
  id: 1,
  title: 't',
  outlet: null,
  published_at: null,
  word_count: 0,
  collection: null,
  imported_at: '',
  body
});
const marks = (hit: ReturnType<typeof toHit>) => hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end));

describe('snippets of long articles', () => {
  const seeds = fs.readdirSync(SEEDS_DIR).map((f) => fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'));
  const queries = ['Daraa', 'rebels Russia', '"heavy weapons"', 'negotiat*', 'Busra al-Sham talks', 'surrender terms'];

  it('are the snippets the whole text would give', () => {
    for (const body of seeds) {
      for (const q of queries) {
        const terms = parseQuery(q).terms;
        const whole = makeSnippet(body, findHighlights(body, terms, new Map()), 240);
        expect(toHit(row(body), terms, new Map(), 0, 'exact').snippet.text, `${q} in ${body.slice(0, 40)}`).toBe(whole.text);
      }
    }
  });

  it('find a match far into the text, and one spelt with accents', () => {
    const filler = 'Nothing happened in the morning session of the council. '.repeat(80);
    expect(marks(toHit(row(`${filler}Rebels left Daraa at noon.`), parseQuery('Daraa').terms, new Map(), 0, 'exact'))).toEqual([
      'Daraa'
    ]);
    expect(marks(toHit(row(`${filler}Rebels left Déraa at noon.`), parseQuery('Deraa').terms, new Map(), 0, 'exact'))).toEqual([
      'Déraa'
    ]);
  });

  it('mark the variants and stretched words a query matched', () => {
    const body = 'Filler words here. '.repeat(100) + 'Talks in Deraa on negotiations resumed.';
    const hit = toHit(
      row(body),
      parseQuery('Daraa negotiat').terms,
      new Map([
        ['daraa', ['deraa']],
        ['negotiat', ['negotiations']]
      ]),
      0,
      'fuzzy'
    );
    expect(marks(hit)).toEqual(['Deraa', 'negotiations']);
  });
});
