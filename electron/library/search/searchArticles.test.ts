import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation } from '../annotations/annotationStore';
import { importPaths } from '../import/importPaths';
import { ensureStories } from '../stories/ensureStories';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { parseQuery } from '@shared/search/parseQuery';
import { filterCondition } from './filters';
import { tagSpellings } from '../annotations/tagSpellings';
import { searchArticles } from './searchArticles';

let lib: ReturnType<typeof makeTempLibrary>;
beforeAll(async () => {
  lib = makeTempLibrary();
  await importPaths(lib.db, [SEEDS_DIR]);
  return () => lib.dispose();
});

const sorted = (xs: number[]) => [...xs].sort((x, y) => x - y);
/** The ids of every article matching `q` (filters only lists them newest first), in id order. */
const ids = (q: string, sort: 'relevance' | 'date' = 'relevance') =>
  sorted(searchArticles(lib.db, q || '-zzzzqqq', { limit: 20, sort }).hits.map((h) => h.article.id));
const titles = (q: string) => searchArticles(lib.db, q, 20).hits.map((h) => h.article.title);
const marked = (q: string) =>
  searchArticles(lib.db, q, 20).hits.flatMap((h) => h.snippet.highlights.map((r) => h.snippet.text.slice(r.start, r.end)));

/** The two seeds that spell it Deraa (The National's and the agency round-up). */
const DERAA_TITLES = [
  "Regime pounds south Syria after rebels say talks with Russia 'fail'",
  'Syrian rebels and Russia ceasefire deal breaks down'
];

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

  it('leaves out only the spelling typed when an excluded word is a spelling of a searched one (review 11)', () => {
    // Daraa -Deraa: Deraa's spellings include Daraa, so excluding them all would leave nothing.
    const answer = searchArticles(lib.db, 'Daraa -Deraa', 20);
    expect(answer.hits.map((h) => h.article.title).sort()).toEqual(
      titles('Daraa').filter((t) => !DERAA_TITLES.includes(t)).sort()
    );
    expect(answer.total).toBe(3);
    expect(answer.notes).toContainEqual(expect.stringMatching(/^-Deraa leaves out that spelling only: it is a spelling of Daraa/));
    // An excluded word that is no spelling of a searched one still takes its spellings along.
    expect(searchArticles(lib.db, 'talks -Deraa', 20).total).toBe(0);
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

  it('tag: keeps the articles carrying a highlight or note with that tag, any case; several tags are all of them', () => {
    ensureStories(lib.db);
    const [a, b, c, d, e] = ids('');
    createAnnotation(lib.db, { kind: 'article-note', articleId: a!, note: 'South first', tags: ['South', 'needs check'] });
    createAnnotation(lib.db, { kind: 'article-note', articleId: b!, note: 'South too', tags: ['south'] });
    createAnnotation(lib.db, {
      kind: 'passage-note',
      spans: [
        { articleId: c!, start: 0, end: 10 },
        { articleId: d!, start: 0, end: 10 }
      ],
      note: 'Same wire copy',
      tags: ['wire']
    });
    createAnnotation(lib.db, { kind: 'story-note', storyId: 1, note: 'The whole story', tags: ['overview'] });

    expect(ids('tag:south')).toEqual(sorted([a!, b!]));
    expect(ids('tag:SOUTH tag:"Needs check"')).toEqual([a!]);
    expect(ids('tag:wire')).toEqual(sorted([c!, d!]));
    expect(ids('tag:south -tag:"needs check"')).toEqual([b!]);
    expect(ids('-tag:south -tag:wire')).toEqual([e!]);
    // With words and other filters as they are: every seed holds Busra.
    expect(ids('Busra tag:south')).toEqual(sorted([a!, b!]));
    expect(ids('Busra tag:south story:1', 'date')).toEqual(sorted([a!, b!]));
    expect(ids('Busra -tag:wire')).toEqual(sorted([a!, b!, e!]));
    expect(searchArticles(lib.db, 'tag:south', 20).notes).toEqual([]);

    // A tag nobody gave finds nothing, and says so; one only story notes carry says where it is.
    const none = searchArticles(lib.db, 'Busra tag:"daraa 2018"', 20);
    expect([none.total, none.notes]).toEqual([
      0,
      ['No highlight or note is tagged “daraa 2018”: tag: takes a whole tag as you gave it, in any case, like tag:"needs check".']
    ]);
    const storyOnly = searchArticles(lib.db, 'tag:overview', 20);
    expect([storyOnly.total, storyOnly.notes]).toEqual([
      0,
      ['Only story notes are tagged “overview”, and tag: finds articles by their own highlights and notes: add in:notes to list the notes.']
    ]);
    expect(searchArticles(lib.db, 'Busra -tag:nothing', 20).notes).toEqual([]);

    // With in:notes, the notes themselves are filtered by tag (with or without words).
    const notesOf = (q: string) => searchArticles(lib.db, q, 20).noteHits.map((h) => h.text).sort();
    expect(notesOf('in:notes tag:south')).toEqual(['South first', 'South too']);
    expect(notesOf('in:notes south tag:"needs check"')).toEqual(['South first']);
    expect(notesOf('in:notes south -tag:"NEEDS CHECK"')).toEqual(['South too']);
    expect(notesOf('in:notes tag:overview')).toEqual(['The whole story']);
    expect(searchArticles(lib.db, 'in:notes tag:overview', 20).notes).not.toContain(expect.stringMatching(/^Only story notes/));
  });

  it('tag: takes the tag in any case of any script: tag:Été finds été and ÉTÉ, -tag: leaves both out', () => {
    const [a, b, c] = ids('');
    createAnnotation(lib.db, { kind: 'article-note', articleId: a!, note: 'Summer', tags: ['été'] });
    createAnnotation(lib.db, { kind: 'article-note', articleId: b!, note: 'Summer too', tags: ['ÉTÉ'] });
    createAnnotation(lib.db, { kind: 'article-note', articleId: c!, note: 'Not accented', tags: ['ete'] });
    expect(ids('tag:Été')).toEqual(sorted([a!, b!]));
    expect(searchArticles(lib.db, 'tag:Été', 20).notes).toEqual([]);
    expect(ids('-tag:été')).toEqual(ids('').filter((id) => id !== a && id !== b));
    expect(searchArticles(lib.db, 'in:notes tag:ÉTÉ', 20).noteHits.map((h) => h.text).sort()).toEqual(['Summer', 'Summer too']);
    expect(searchArticles(lib.db, 'in:notes tag:ete -tag:Été', 20).noteHits.map((h) => h.text)).toEqual(['Not accented']);
  });

  it('tag: looks tags up through their index, never reading every annotation', () => {
    const { where } = filterCondition(parseQuery('tag:south -tag:wire').filters, { spellings: tagSpellings(lib.db), fileDated: new Set() });
    const plan = (lib.db.prepare(`EXPLAIN QUERY PLAN SELECT a.id FROM articles a WHERE ${where.query}`).all(...where.params) as Array<{
      detail: string;
    }>).map((r) => r.detail);
    expect(plan).toContain('SEARCH t USING COVERING INDEX annotation_tags_tag (tag=?)');
    expect(plan).toContain('SEARCH n USING INTEGER PRIMARY KEY (rowid=?)');
    expect(plan.filter((line) => /^SCAN (t|n)\b/.test(line))).toEqual([]);
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

describe('a snippet after a title echo (review 14 #12)', () => {
  it('starts after the paragraph that only repeats the title, as the reader does, on every search path', async () => {
    const own = makeTempLibrary();
    const title = 'Ad sales boost Time Warner profit';
    const text = 'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December.';
    const dir = makeTempFolder({
      'echo.txt': `${title}\n\n${text}`,
      // Its first paragraph is more than the title: it is text, and the snippet keeps it.
      'lead.txt': `Sales fall at Deutsche Bank\n\nSales fall at Deutsche Bank, which said on Monday that profit was down.\n\nMore to come.`
    });
    try {
      await importPaths(own.db, [dir]);
      expect(own.db.prepare('SELECT body FROM articles WHERE title = ?').pluck().get(title)).toMatch(/^Ad sales boost/);
      const snippetOf = (q: string, mini?: null) =>
        searchArticles(own.db, q, mini === null ? { limit: 20, mini: null } : 20).hits.find((h) => h.article.title === title)!
          .snippet;
      // FTS5 alone, the fused lists (MiniSearch's prefix match), a title word, and filters alone.
      for (const [q, mini] of [['months', null], ['months', undefined], ['quarter*', undefined], ['sales', undefined], ['lang:en', undefined]] as const) {
        const snippet = snippetOf(q, mini);
        expect(snippet.text, q).toBe(text);
      }
      const marks = (q: string) => snippetOf(q).highlights.map((h) => snippetOf(q).text.slice(h.start, h.end));
      expect(marks('months')).toEqual(['months']);
      // A word only the (hidden) echo holds is said to be in the title, not marked in the text.
      expect(snippetOf('sales')).toMatchObject({ highlights: [], note: 'The words are in the title, not the text.' });
      const lead = searchArticles(own.db, 'Deutsche', 20).hits.find((h) => h.article.title === 'Sales fall at Deutsche Bank')!;
      expect(lead.snippet.text).toMatch(/^Sales fall at Deutsche Bank, which said/);
    } finally {
      own.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a title: filter (review 14 #13)', () => {
  it('narrows the articles without marking its words in the text; the free words are marked', () => {
    const seed = lib.db.prepare('SELECT title FROM articles ORDER BY id LIMIT 1').pluck().get() as string;
    const word = seed.split(/\s+/).find((w) => w.length > 4)!;
    const only = searchArticles(lib.db, `title:"${seed}"`, 20);
    expect(only.hits.map((h) => h.article.title)).toContain(seed);
    expect(only.terms).toEqual([]);
    expect(only.hits.every((h) => h.snippet.highlights.length === 0)).toBe(true);
    const withWord = searchArticles(lib.db, `title:${word} rebels`, 20);
    expect(withWord.terms).toEqual(['rebels']);
    expect(withWord.total).toBeGreaterThan(0);
  });
});
