import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHighlights, makeSnippet } from '@shared/search/highlight';
import { parseQuery } from '@shared/search/parseQuery';
import { importPaths } from '../import/importPaths';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { toHit } from './hits';
import { searchArticles } from './searchArticles';

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

  describe('of a huge text (a 20 MB report), read a slice at a time', () => {
    // Some 2.6 MB of words that match no query below, in sentences.
    const sentence = 'Nothing happened in the morning session of the council, said the clerk. ';
    const filler = sentence.repeat(36_000);

    it('find the one passage near the end that holds the word', () => {
      const body = `${filler}Rebels left Daraa at noon under the ceasefire. ${'The session went on. '.repeat(40)}`;
      const hit = toHit(row(body), parseQuery('ceasefire').terms, new Map(), 0, 'exact');
      expect(hit.snippet.text).toContain('Rebels left Daraa at noon under the ceasefire.');
      expect(marks(hit)).toEqual(['ceasefire']);
    });

    it('find the passage holding all the words, past passages holding one', () => {
      const one = `${sentence.repeat(1400)}Rebels waited. ${sentence.repeat(1400)}`;
      const body = `${one}Rebels and Russia agreed in Daraa. ${filler}`;
      const hit = toHit(row(body), parseQuery('rebels Russia').terms, new Map(), 0, 'exact');
      expect(hit.snippet.text).toContain('Rebels and Russia agreed in Daraa.');
      expect(marks(hit)).toEqual(['Rebels', 'Russia']);
    });
  });

  it('of an imported article too long to read whole for a snippet are found past its beginning', async () => {
    // 48,000 words: searches read such an article's first 262,144 characters, and the rest only
    // when none of the query's words is there.
    const filler = 'Nothing happened in the morning session of the council, said the clerk. '.repeat(4000);
    const lib = makeTempLibrary();
    try {
      const folder = makeTempFolder({
        'long.txt': `A very long report\n\n${filler}\n\nRebels left Daraa at noon under the ceasefire.\n\n${filler}`
      });
      await importPaths(lib.db, [folder]);
      const hit = searchArticles(lib.db, 'ceasefire', 10).hits[0];
      expect(hit?.article.wordCount).toBeGreaterThan(40_000);
      expect(hit?.snippet.text).toContain('Rebels left Daraa at noon under the ceasefire.');
    } finally {
      lib.dispose();
    }
  });
});
