import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { parseQuery } from './parseQuery';
import { toFts } from './toFts';
import { seededRandom } from '@shared/text/seededRandom';

const prng = seededRandom;

// Heavy in query syntax and in what FTS5 would read as syntax if it ever escaped quoting.
const PIECES = [
  '"',
  '"',
  '"',
  '*',
  '*',
  '-',
  '-',
  '(',
  '(',
  ')',
  ')',
  ':',
  ' ',
  ' ',
  ' ',
  ' ',
  ' OR ',
  'OR',
  ' AND ',
  'AND',
  'NOT ',
  'NEAR(',
  'NEAR',
  ',',
  ', 5',
  '..',
  '~10',
  '^',
  '+',
  "'",
  '’',
  '“',
  '”',
  '\\',
  '{',
  '}',
  '[',
  ']',
  'daraa',
  'Deraa',
  'al-Sham',
  'busra',
  'negotiat',
  'x',
  'a',
  '10',
  '2018',
  '-07',
  '-31',
  '2018-13',
  'outlet:',
  'title:',
  'date:',
  'author:',
  'lang:',
  'tag:',
  'story:',
  'body:',
  'rowid:',
  'col:',
  'title :',
  'é',
  'ß',
  'İ',
  'ش',
  'دمشق',
  '中文',
  'Ω',
  '\u0301',
  '😀',
  '👍🏽',
  '\u200b',
  '\u00a0',
  '\t',
  '\n',
  '\u0000',
  '\ud800',
  '\udc00',
  '\u202e',
  'ﷺ',
  '𝐀'
];

function randomQuery(rand: () => number): string {
  const n = Math.floor(rand() * 24);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * PIECES.length)];
  return s;
}

const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, outlet, tokenize='unicode61 remove_diacritics 2')`);
db.prepare('INSERT INTO articles_fts (rowid, title, body, outlet) VALUES (?, ?, ?, ?)').run(
  1,
  'Russia strikes Daraa',
  'Negotiations in Busra al-Sham failed. دمشق 中文 é',
  'The New Arab'
);
const select = db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?');
afterAll(() => db.close());

/** Runs a MATCH string; the test fails with the query in the message if FTS5 rejects it. */
function accepts(input: string, match: string): void {
  try {
    select.all(match);
  } catch (err) {
    throw new Error(`FTS5 rejected ${JSON.stringify(match)} compiled from ${JSON.stringify(input)}: ${String(err)}`);
  }
}

function check(input: string): void {
  const q = parseQuery(input);
  for (const t of q.terms) expect(t.words.length).toBeGreaterThan(0);
  for (const note of q.notes) expect(typeof note).toBe('string');
  const variants = new Map(q.terms.map((t) => [t.words[0] ?? '', ['daraa', 'x"y', 'NEAR']]));
  for (const fts of [toFts(q), toFts(q, { variants })]) {
    expect(fts.match !== null && fts.except !== null).toBe(false);
    if (fts.match !== null) accepts(input, fts.match);
    if (fts.except !== null) accepts(input, fts.except);
  }
}

describe('parseQuery and toFts on random input', () => {
  const SEED = 20180704;
  it(`never throw, and FTS5 accepts every compiled query (5,000 strings, seed ${SEED})`, () => {
    const rand = prng(SEED);
    for (let i = 0; i < 5000; i++) check(randomQuery(rand));
  });

  it('survive deep nesting, long input and many terms', () => {
    check('('.repeat(500) + 'a');
    check('a' + ')'.repeat(500));
    check('('.repeat(40) + 'a OR -b' + ')'.repeat(40));
    check(Array.from({ length: 40 }, (_, i) => `(w${i} OR -title:v${i}`).join(' '));
    check('title:('.repeat(30) + 'a -b');
    check('-('.repeat(30) + 'a OR -b');
    check('NEAR('.repeat(30) + 'a b, 3');
    check('"'.repeat(1001));
    check('daraa '.repeat(400));
    check('a OR '.repeat(300));
    check(Array.from({ length: 64 }, (_, i) => `word${i}*`).join(' OR '));
  });
});
