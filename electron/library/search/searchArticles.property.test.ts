import { beforeAll, describe, expect, it } from 'vitest';
import { SearchResponse } from '@shared/contract/schemas';
import { importPaths } from '../import/importPaths';
import { ensureStories } from '../stories/ensureStories';
import { SEEDS_DIR, makeTempLibrary } from '../testing/tempLibrary';
import { searchArticles } from './searchArticles';
import { getSearchIndex } from './searchIndex';
import { seededRandom } from '@shared/text/seededRandom';

const prng = seededRandom;

// Query syntax, words of the seeds (so MiniSearch and FTS5 both find things), prefixes and typos
// of them, filters, and text FTS5 or MiniSearch might choke on.
const PIECES = [
  ...[
    '"',
    '"',
    '*',
    '-',
    '-',
    '(',
    ')',
    ':',
    ' ',
    ' ',
    ' ',
    ' ',
    ' ',
    ' OR ',
    ' AND ',
    'NOT ',
    'NEAR(',
    ', 5',
    '..',
    '^',
    '+',
    "'",
    '’',
    '\\'
  ],
  ...[
    'Daraa',
    'Deraa',
    'deraaa',
    'Jabawi',
    'Jabb',
    'busra',
    'al-Sham',
    'negotiat',
    'negotiatons',
    'rebels',
    'Russia',
    'Russ',
    'talks',
    'the',
    'of'
  ],
  ...[
    'outlet:',
    'outlet:Reuters',
    'title:',
    'date:',
    'date:2018',
    'date:2018-07..',
    'lang:en',
    'story:1',
    'story:rebels',
    'author:',
    'tag:x'
  ],
  ...[
    'x',
    'a',
    '10',
    '1,400',
    '2018',
    'é',
    'ß',
    'ش',
    'دمشق',
    '中文',
    '\u0301',
    '😀',
    '\u200b',
    '\t',
    '\n',
    '\u0000',
    '\ud800',
    '𝐀',
    '%',
    '_'
  ]
];

function randomQuery(rand: () => number): string {
  const n = Math.floor(rand() * 16);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * PIECES.length)];
  return s;
}

let lib: ReturnType<typeof makeTempLibrary>;
beforeAll(async () => {
  lib = makeTempLibrary();
  await importPaths(lib.db, [SEEDS_DIR]);
  ensureStories(lib.db);
  await getSearchIndex(lib.db, { saveDelayMs: 60_000 }).ready();
  return () => lib.dispose();
});

describe('searchArticles on random input', () => {
  const SEED = 20180705;
  it(`never throws and always answers in the contract's shape (3,000 strings, seed ${SEED})`, () => {
    const rand = prng(SEED);
    for (let i = 0; i < 3000; i++) {
      const query = randomQuery(rand);
      const options = {
        limit: 1 + Math.floor(rand() * 20),
        sort: rand() < 0.3 ? ('date' as const) : ('relevance' as const),
        facets: rand() < 0.5
      };
      let response;
      try {
        response = searchArticles(lib.db, query, options);
      } catch (error) {
        throw new Error(`searchArticles threw on ${JSON.stringify(query)} ${JSON.stringify(options)}: ${String(error)}`);
      }
      expect(SearchResponse.safeParse(response).success).toBe(true);
      // Every hit listed is counted in the total.
      expect(response.hits.length, JSON.stringify({ query, options })).toBeLessThanOrEqual(
        Math.min(options.limit, response.total)
      );
    }
    // 3,000 searches take about 27 s on a busy 2-core machine: a generous limit, no timing asserted.
  }, 120_000);
});
