import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../import/importPaths';
import { ensureStories } from '../stories/ensureStories';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { searchArticles } from './searchArticles';

let lib: ReturnType<typeof makeTempLibrary>;
beforeAll(async () => {
  lib = makeTempLibrary();
  await importPaths(lib.db, [SEEDS_DIR]);
  return () => lib.dispose();
});

const titles = (q: string) => searchArticles(lib.db, q, 20).hits.map((h) => h.article.title);
const marked = (q: string) =>
  searchArticles(lib.db, q, 20).hits.flatMap((h) => h.snippet.highlights.map((r) => h.snippet.text.slice(r.start, r.end)));

describe('searchArticles on the seeds', () => {
  it('finds Daraa articles when searching Deraa and the reverse, exact spellings first', () => {
    const deraa = searchArticles(lib.db, 'Deraa', 20);
    expect(deraa.total).toBe(5);
    expect(deraa.variants).toEqual({ deraa: ['daraa'] });
    // The two articles that spell it Deraa (The National's and the agency round-up) come first.
    expect(
      deraa.hits
        .slice(0, 2)
        .map((h) => h.article.title)
        .sort()
    ).toEqual([
      "Regime pounds south Syria after rebels say talks with Russia 'fail'",
      'Syrian rebels and Russia ceasefire deal breaks down'
    ]);
    expect(searchArticles(lib.db, 'Daraa', 20).total).toBe(5);
  });

  it('a question typed in full finds the articles about it in a library of five (its common words count here)', () => {
    // All five seeds report the talks on the rebels, the army and the Jordan border crossing.
    expect(searchArticles(lib.db, 'what did the rebels and the army agree about the border crossing with jordan', 20).total).toBe(5);
    expect(searchArticles(lib.db, 'how many civilians were killed in the bombing of daraa province', 20).total).toBe(5);
  });

  it('finds Jabbawi for Jabawi and marks the variant in the snippet', () => {
    expect(searchArticles(lib.db, 'Jabawi', 20).total).toBe(4);
    expect(marked('Jabawi')).toEqual(expect.arrayContaining(['Jabbawi', 'Jabawi']));
  });

  it('forgives a typo', () => {
    expect(searchArticles(lib.db, 'negotiatons', 20).total).toBeGreaterThan(0);
  });

  it('matches quoted phrases exactly and honours exclusions', () => {
    expect(searchArticles(lib.db, '"Busra al-Sham"', 20).total).toBe(4);
    const withoutReuters = titles('Busra -Reuters');
    expect(withoutReuters).not.toContain('Russia strikes Daraa after failure of ceasefire talks with Syria rebels');
    expect(withoutReuters.length).toBeGreaterThan(0);
    expect(searchArticles(lib.db, '-Busra', 20).total).toBe(0);
  });

  it('filters by date', () => {
    expect(searchArticles(lib.db, 'date:2018-07-04', 20).total).toBe(2);
    expect(searchArticles(lib.db, 'Busra date:2019', 20).total).toBe(0);
  });

  it('filters by story, by id or by name', () => {
    ensureStories(lib.db);
    expect(searchArticles(lib.db, 'story:1', 20).total).toBe(5);
    expect(searchArticles(lib.db, 'Busra story:rebels', 20).total).toBe(5);
    expect(searchArticles(lib.db, 'Busra -story:1', 20).total).toBe(0);
    expect(searchArticles(lib.db, 'story:earthquake', 20).total).toBe(0);
  });

  it('says when a story: filter names no story, instead of an empty list alone (review 11)', () => {
    ensureStories(lib.db);
    const unknown = searchArticles(lib.db, 'Busra story:daraa-2018', 20);
    expect(unknown.total).toBe(0);
    expect(unknown.notes).toEqual([
      'No story\'s name holds “daraa-2018”: story: takes words of a story\'s name, like story:"South Syria", or its number.'
    ]);
    expect(searchArticles(lib.db, 'story:99', 20).notes).toEqual([
      "There is no story 99: story: takes a story's number, as the Story filter adds it, or words of its name."
    ]);
    // A story that exists, by number or by words of its name (any case), and an exclusion: no note.
    expect(searchArticles(lib.db, 'story:1', 20).notes).toEqual([]);
    expect(searchArticles(lib.db, 'story:"SOUTH syria"', 20).notes).toEqual([]);
    expect(searchArticles(lib.db, 'Busra -story:99', 20).notes).toEqual([]);
  });

  it('reads malformed queries as plain words with a note, never throwing', () => {
    for (const q of ['"unbalanced', 'AND AND', '*', 'NEAR(', ')(', 'title:', 'date:garbage', '-', '""', 'OR OR Busra']) {
      const r = searchArticles(lib.db, q, 5);
      expect(Array.isArray(r.hits)).toBe(true);
    }
    expect(searchArticles(lib.db, '"Busra al', 5).notes.join(' ')).toMatch(/unmatched/);
  });
});

describe('a snippet that marks none of the words', () => {
  it('says the words are in the title when only the title holds them', async () => {
    const own = makeTempLibrary();
    const dir = makeTempFolder({
      'zeppelin.md': '---\ntitle: Zeppelin sighted over Quneitra\n---\n\nResidents of Quneitra said an airship flew over the town on Tuesday.',
      'convoy.txt': 'Convoy reaches Nawa\n\nA zeppelin-shaped balloon was seen as an aid convoy reached Nawa on Thursday.'
    });
    try {
      await importPaths(own.db, [dir]);
      const hits = searchArticles(own.db, 'zeppelin', 20).hits;
      const byTitle = Object.fromEntries(hits.map((h) => [h.article.title, h.snippet]));
      expect(byTitle['Zeppelin sighted over Quneitra']).toMatchObject({ highlights: [], note: 'The words are in the title, not the text.' });
      // A snippet that marks the word says nothing more.
      const marked = byTitle['Convoy reaches Nawa']!;
      expect(marked.text.slice(marked.highlights[0]!.start, marked.highlights[0]!.end)).toBe('zeppelin');
      expect(marked.note).toBeUndefined();
      // A query of filters alone shows each article's opening, with nothing to explain.
      expect(searchArticles(own.db, 'lang:en', 20).hits.every((h) => h.snippet.note === undefined)).toBe(true);
    } finally {
      own.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
