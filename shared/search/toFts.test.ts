import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { parseQuery } from './parseQuery';
import { toFts, toFtsMatch, type FtsQuery } from './toFts';

// The library's shape: an external-content FTS5 table over `articles`, same columns and tokenizer.
const db = new Database(':memory:');
db.exec(`
  CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, body TEXT, outlet TEXT);
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, outlet,
    content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
`);
const docs: Array<[number, string, string, string]> = [
  [
    1,
    'Russia strikes Daraa after talks fail',
    'Negotiations in Busra al-Sham failed after rebels refused to surrender heavy weapons.',
    'The New Arab'
  ],
  [
    2,
    'Deraa rebels agree to ceasefire',
    'Rebels in Deraa province agreed to a ceasefire brokered by Russia. Reuters reported the deal.',
    'Reuters'
  ],
  [
    3,
    'Jordan keeps border closed',
    'Jordan said its border would stay closed to refugees fleeing the fighting.',
    'Al Jazeera'
  ],
  [4, 'Negotiators meet in Busra', 'Negotiators from both sides met in the town of Busra al-Sham on Wednesday.', 'AFP'],
  [
    5,
    'Ghariyah ash-Sharqīyah retaken',
    'Government forces entered Ghariyah al-Sharqiyah, near Busra, said SANA’s “AND” report.',
    'SANA'
  ]
];
const insert = db.prepare('INSERT INTO articles (id, title, body, outlet) VALUES (?, ?, ?, ?)');
for (const d of docs) insert.run(...d);
db.exec(`INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')`);
afterAll(() => db.close());

/** The ids an engine would return for a compiled query, the way docs/search.md tells it to run them. */
function run(fts: FtsQuery): number[] {
  const rows = fts.match
    ? db.prepare('SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').all(fts.match)
    : fts.except
      ? db
          .prepare(
            'SELECT id FROM articles WHERE id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) ORDER BY id'
          )
          .all(fts.except)
      : db.prepare('SELECT id FROM articles ORDER BY id').all();
  return (rows as Array<{ id: number }>).map((r) => r.id);
}

const search = (query: string, variants?: Map<string, string[]>): number[] =>
  run(toFts(parseQuery(query), variants ? { variants } : {}));

describe('toFts against a real FTS5 table', () => {
  it('finds words in any column, all of them', () => {
    expect(search('daraa')).toEqual([1]);
    expect(search('deraa')).toEqual([2]);
    expect(search('rebels russia')).toEqual([1, 2]);
    expect(search('rebels AND russia')).toEqual([1, 2]);
    expect(search('reuters')).toEqual([2]);
  });

  it('adds spelling variants to bare words, not to quoted ones', () => {
    const variants = new Map([['deraa', ['daraa']]]);
    expect(search('Deraa', variants)).toEqual([1, 2]);
    expect(search('"Deraa"', variants)).toEqual([2]);
    expect(search('-Deraa', variants)).toEqual([3, 4, 5]);
  });

  it('matches phrases as consecutive words, ignoring punctuation between them', () => {
    expect(search('"busra al-sham"')).toEqual([1, 4]);
    expect(search('"busra al sham"')).toEqual([1, 4]);
    expect(search('"al-sham busra"')).toEqual([]);
    expect(search('"heavy weapons" rebels')).toEqual([1]);
  });

  it('lets OR bind tighter than the implicit AND', () => {
    expect(search('jordan OR deraa')).toEqual([2, 3]);
    expect(search('rebels jordan OR deraa')).toEqual([2]);
    expect(search('(rebels jordan) OR deraa')).toEqual([2]);
    expect(search('(negotiators OR negotiations) busra')).toEqual([1, 4]);
  });

  it('leaves out excluded words and phrases', () => {
    expect(search('rebels -reuters')).toEqual([1]);
    expect(search('rebels NOT reuters')).toEqual([1]);
    expect(search('busra -"al-sham"')).toEqual([5]);
    expect(search('busra -(negotiators OR rebels)')).toEqual([5]);
  });

  it('runs a query of exclusions only as "all articles except"', () => {
    expect(toFtsMatch(parseQuery('-busra'))).toBeNull();
    expect(toFts(parseQuery('-busra')).except).toBe('"busra"');
    expect(search('-busra')).toEqual([2, 3]);
    expect(search('-busra -jordan')).toEqual([2]);
    expect(search('busra OR -rebels')).toEqual([1, 3, 4, 5]);
    expect(search('-busra OR -rebels')).toEqual([2, 3, 4, 5]);
    expect(search('-(busra rebels)')).toEqual([2, 3, 4, 5]);
  });

  it('finds words by their beginning', () => {
    expect(search('negotiat*')).toEqual([1, 4]);
    expect(search('negotiator*')).toEqual([4]);
    expect(search('"busra al"*')).toEqual([1, 4]);
    expect(search('"busra al*"')).toEqual([1, 4]);
    expect(search('-negotiat*')).toEqual([2, 3, 5]);
  });

  it('finds words near each other', () => {
    expect(search('NEAR(rebels surrender, 5)')).toEqual([1]);
    expect(search('NEAR(rebels surrender, 1)')).toEqual([]);
    expect(search('NEAR(ceasefire russia, 2)')).toEqual([2]);
    expect(search('NEAR(ceasefire russia)')).toEqual([2]);
    expect(search('NEAR("busra al-sham" wednesday, 3)')).toEqual([4]);
    expect(search('NEAR(negotiat* busra, 2)')).toEqual([1, 4]);
  });

  it('restricts title: to titles, including exclusions and groups', () => {
    expect(search('title:russia')).toEqual([1]);
    expect(search('title:(deraa OR jordan)')).toEqual([2, 3]);
    expect(search('title:"busra"')).toEqual([4]);
    expect(search('title:negotiat*')).toEqual([4]);
    expect(search('busra -title:busra')).toEqual([1, 5]);
    expect(search('busra title:-busra')).toEqual([1, 5]);
    expect(search('title:(rebels -russia)')).toEqual([2]);
    expect(search('title:NEAR(strikes talks, 3)')).toEqual([1]);
    expect(search('-title:busra')).toEqual([1, 2, 3, 5]);
  });

  it('folds diacritics the way the index does', () => {
    expect(search('Sharqīyah')).toEqual([5]);
    expect(search('sharqiyah ghariyah')).toEqual([5]);
    expect(search('"ash-sharqiyah"')).toEqual([5]);
  });

  it('searches FTS5 keywords and syntax as plain words', () => {
    expect(toFtsMatch(parseQuery('"AND" near'))).toBe('"AND" AND "near"');
    expect(search('"AND"')).toEqual([5]);
    expect(search('near')).toEqual([5]);
    expect(search('NEAR')).toEqual([5]);
    expect(search('SANA’s')).toEqual([5]);
    expect(search('^busra')).toEqual([1, 4, 5]);
    // Unquoted, an unknown field is left out with a note (parseQuery.test.ts); quoted, its words.
    expect(search('"body:busra"')).toEqual([]);
  });

  it('leaves filters to the engine', () => {
    expect(toFts(parseQuery('outlet:Reuters date:2018'))).toEqual({ match: null, except: null });
    expect(toFts(parseQuery('daraa outlet:Reuters'))).toEqual({ match: '"daraa"', except: null });
  });
});
