import { describe, expect, it } from 'vitest';
import { parseQuery } from './parseQuery';
import type { QueryNode } from './types';

/** A compact picture of the text tree, so expectations read like the query. */
function show(node: QueryNode | null): string {
  if (!node) return '∅';
  switch (node.type) {
    case 'term': {
      const t = node.term;
      return t.kind === 'phrase' ? `"${t.text}"` : t.kind === 'prefix' ? `${t.text}*` : t.text;
    }
    case 'near':
      return `NEAR(${node.terms.map((t) => t.text).join(' ')}, ${node.distance})`;
    case 'and':
      return `(${node.children.map(show).join(' ')})`;
    case 'or':
      return `(${node.children.map(show).join(' | ')})`;
    case 'not':
      return `-${show(node.child)}`;
    case 'column':
      return `title:${show(node.child)}`;
  }
}

const tree = (input: string): string => show(parseQuery(input).text);
const notes = (input: string): readonly string[] => parseQuery(input).notes;

describe('parseQuery: the language', () => {
  it('ANDs words and lets OR bind tighter', () => {
    expect(tree('Daraa talks')).toBe('(Daraa talks)');
    expect(tree('Daraa AND talks')).toBe('(Daraa talks)');
    expect(tree('Daraa talks OR negotiations ceasefire')).toBe('(Daraa (talks | negotiations) ceasefire)');
    expect(tree('a OR b OR c')).toBe('(a | b | c)');
    expect(tree('(a b) OR c')).toBe('((a b) | c)');
  });

  it('reads phrases, prefixes and exclusions', () => {
    expect(tree('"busra al-sham" negotiat*')).toBe('("busra al-sham" negotiat*)');
    expect(tree('"busra al"* "busra al*"')).toBe('(busra al* busra al*)');
    expect(tree('rebels -Reuters -"heavy weapons" NOT AFP')).toBe('(rebels -Reuters -"heavy weapons" -AFP)');
    expect(tree('rebels -(Reuters OR AFP)')).toBe('(rebels -(Reuters | AFP))');
    expect(tree('al-Sham')).toBe('al-Sham');
    expect(tree('“smart quotes”')).toBe('"smart quotes"');
  });

  it('reads NEAR with an optional distance', () => {
    expect(tree('NEAR(rebels surrender)')).toBe('NEAR(rebels surrender, 10)');
    expect(tree('NEAR(rebels "heavy weapons", 5)')).toBe('NEAR(rebels heavy weapons, 5)');
    expect(tree('NEAR(rebels surrender,3)')).toBe('NEAR(rebels surrender, 3)');
    expect(tree('near(a b)')).toBe('(near a b)');
  });

  it('reads title: as a column restriction on a word, phrase, prefix, group or NEAR', () => {
    expect(tree('title:Daraa')).toBe('title:Daraa');
    expect(tree('Title:"busra al-sham"')).toBe('title:"busra al-sham"');
    expect(tree('title:(Daraa OR Deraa)')).toBe('title:(Daraa | Deraa)');
    expect(tree('title:NEAR(a b, 2)')).toBe('title:NEAR(a b, 2)');
    expect(tree('-title:Daraa')).toBe('-title:Daraa');
    expect(tree('title:-Daraa')).toBe('-title:Daraa');
  });

  it('collects metadata filters, quoted or not, and leaves them out of the text', () => {
    const q = parseQuery(
      'Daraa outlet:"The National" outlet:Reuters -outlet:AFP author:Kossaify lang:en tag:south story:daraa-2018'
    );
    expect(show(q.text)).toBe('Daraa');
    expect(q.filters.outlet).toEqual({ include: ['The National', 'Reuters'], exclude: ['AFP'] });
    expect(q.filters.author.include).toEqual(['Kossaify']);
    expect(q.filters.lang.include).toEqual(['en']);
    expect(q.filters.tag.include).toEqual(['south']);
    expect(q.filters.story.include).toEqual(['daraa-2018']);
    expect(q.notes).toEqual([]);
  });

  it('takes outlet:A OR outlet:B as either outlet, without a note', () => {
    const q = parseQuery('outlet:Reuters OR outlet:AFP');
    expect(q.filters.outlet.include).toEqual(['Reuters', 'AFP']);
    expect(q.text).toBeNull();
    expect(q.notes).toEqual([]);
  });

  it('reads dates as half-open day ranges', () => {
    const date = (input: string): unknown => parseQuery(input).filters.date;
    expect(date('date:2018')).toEqual({ from: '2018-01-01', before: '2019-01-01' });
    expect(date('date:2018-07')).toEqual({ from: '2018-07-01', before: '2018-08-01' });
    expect(date('date:2018-07-04')).toEqual({ from: '2018-07-04', before: '2018-07-05' });
    expect(date('date:2018-07..2018-08')).toEqual({ from: '2018-07-01', before: '2018-09-01' });
    expect(date('date:..2018-07')).toEqual({ from: null, before: '2018-08-01' });
    expect(date('date:2018-07..')).toEqual({ from: '2018-07-01', before: null });
    expect(date('date:2016-02-29')).toEqual({ from: '2016-02-29', before: '2016-03-01' });
    expect(date('date:2018-12-31')).toEqual({ from: '2018-12-31', before: '2019-01-01' });
    expect(date('date:2018 date:2018-07..')).toEqual({ from: '2018-07-01', before: '2019-01-01' });
  });

  it('lists positive terms once each for highlighting, not excluded ones', () => {
    const q = parseQuery('Deraa "busra al-sham" negotiat* -Reuters Deraa title:ceasefire NEAR(heavy weapons)');
    expect(q.terms).toEqual([
      { kind: 'word', text: 'Deraa', words: ['deraa'] },
      { kind: 'phrase', text: 'busra al-sham', words: ['busra', 'al-sham'] },
      { kind: 'prefix', text: 'negotiat', words: ['negotiat'] },
      { kind: 'word', text: 'ceasefire', words: ['ceasefire'] },
      { kind: 'word', text: 'heavy', words: ['heavy'] },
      { kind: 'word', text: 'weapons', words: ['weapons'] }
    ]);
  });

  it('folds the words it compares but keeps the text as typed', () => {
    expect(parseQuery('Sharqīyah Assad’s').terms).toEqual([
      { kind: 'word', text: 'Sharqīyah', words: ['sharqiyah'] },
      { kind: 'word', text: 'Assad’s', words: ["assad's"] }
    ]);
  });
});

describe('parseQuery: malformed input degrades to plain words, with a note', () => {
  it('ignores an unbalanced quote', () => {
    expect(tree('"busra al-sham')).toBe('(busra al-sham)');
    expect(notes('"busra al-sham')).toEqual(['Ignored an unmatched ": searched the words after it one by one.']);
    expect(tree('"a b" "c')).toBe('("a b" c)');
  });

  it('ignores operators with nothing on one side', () => {
    expect(tree('AND AND')).toBe('∅');
    expect(tree('a AND AND b')).toBe('(a b)');
    expect(notes('a AND AND b')).toEqual(['Ignored AND: it needs a word on each side, like talks AND negotiations.']);
    expect(tree('OR OR')).toBe('∅');
    expect(tree('a OR OR b')).toBe('(a | b)');
    expect(notes('a OR OR b')).toEqual(['Ignored a repeated OR.']);
    expect(tree('OR a')).toBe('a');
    expect(tree('a OR')).toBe('a');
    expect(tree('a NOT')).toBe('a');
    expect(notes('a NOT')).toEqual(['Ignored a - or NOT with nothing after it to leave out, like -Reuters.']);
  });

  it('ignores a lone * or -, and * inside a word', () => {
    expect(tree('*')).toBe('∅');
    expect(notes('*')).toEqual([
      'Ignored a lone *: put it at the end of a word to find words starting with it, like negotiat*.'
    ]);
    expect(tree('a - b')).toBe('(a b)');
    expect(notes('-')).toEqual(['Ignored a lone -: put it right before a word to leave that word out, like -Reuters.']);
    expect(tree('foo*bar')).toBe('(foo bar)');
    expect(tree('*busra')).toBe('busra');
    expect(tree('a*')).toBe('a');
    expect(notes('a*')).toEqual(['a* is too short to search as a beginning: searched a as typed.']);
  });

  it('balances parentheses', () => {
    expect(tree('a) b')).toBe('(a b)');
    expect(notes(')')).toEqual(['Ignored a ) that closes nothing.']);
    expect(tree('(a OR b')).toBe('(a | b)');
    expect(notes('(a OR b')).toEqual(['Added a missing ) at the end.']);
    // Counted: four ( left open are four ) added, not 'a missing )'.
    expect(notes('((((')).toEqual(['Added 4 missing ) at the end.']);
    expect(notes('((a) OR (b')).toEqual(['Added 2 missing ) at the end.']);
    expect(notes('a)) b)')).toEqual(['Ignored 3 ) that close nothing.']);
    expect(tree('()')).toBe('∅');
    expect(tree('((((((((a))))))))')).toBe('a');
  });

  it('searches the words of an unclosed or empty NEAR plainly', () => {
    expect(tree('NEAR(')).toBe('∅');
    expect(tree('NEAR(rebels surrender')).toBe('(rebels surrender)');
    expect(notes('NEAR(rebels surrender')).toEqual(['NEAR( was not closed with ): searched its words without NEAR.']);
    expect(tree('NEAR(rebels)')).toBe('rebels');
    expect(tree('NEAR(rebels surrender, soon)')).toBe('NEAR(rebels surrender soon, 10)');
    expect(tree('NEAR(a -b OR c)')).toBe('NEAR(a b c, 10)');
    expect(tree('NEAR(a b, 5000)')).toBe('NEAR(a b, 100)');
    expect(tree('"busra sham"~5')).toBe('"busra sham"');
    expect(notes('"busra sham"~5')).toEqual([
      'Ignored ~5 after the phrase: for words near each other write NEAR(word word, 5).'
    ]);
  });

  it('ignores filters it cannot read', () => {
    expect(parseQuery('date:garbage Daraa').filters.date).toBeNull();
    expect(tree('date:garbage Daraa')).toBe('Daraa');
    expect(notes('date:garbage')).toEqual([
      'Ignored date:garbage: write a year, month or day, or a range, like date:2018-07 or date:2018-07-01..2018-08-15.'
    ]);
    for (const bad of ['date:2018-13', 'date:2018-02-30', 'date:18', 'date:..', 'date:2018...2019x']) {
      expect(parseQuery(bad).filters.date).toBeNull();
    }
    expect(parseQuery('outlet: Reuters').filters.outlet.include).toEqual([]);
    expect(tree('outlet: Reuters')).toBe('Reuters');
    expect(parseQuery('outlet:""').notes).toEqual(['Ignored an empty outlet: filter.']);
  });

  it('swaps a backwards date range and says so', () => {
    const q = parseQuery('date:2018-08..2018-07');
    expect(q.filters.date).toEqual({ from: '2018-07-01', before: '2018-09-01' });
    expect(q.notes).toEqual(['Read date:2018-08..2018-07 from the earlier to the later date.']);
  });

  it('leaves out an unknown filter with a note naming the filters, and keeps other colons as words', () => {
    // Review 15 #9: searched as words, `before:2018-07-05` found nothing, and said nothing.
    expect(tree('body:Daraa 10:30')).toBe('10:30');
    expect(notes('body:Daraa')[0]).toMatch(/^Ignored body:Daraa: body: is not a filter\. Filters are outlet:, .*date:/);
    expect(notes('before:2018-07-05 Assad')[0]).toContain('did you mean date:..2018-07-05?');
    expect(notes('since:2018-07 Assad')[0]).toContain('did you mean date:2018-07..?');
    expect(tree('-foo:bar Assad')).toBe('Assad');
    expect(notes('-foo:bar Assad')).toHaveLength(1);
    expect(tree('"body:Daraa" https://bbc.co.uk Update: talks')).toBe('("body:Daraa" https://bbc.co.uk Update: talks)');
    expect(notes('"body:Daraa" https://bbc.co.uk Update: talks')).toEqual([]);
  });

  it('drops what has no letters or digits', () => {
    expect(tree('😀 Daraa')).toBe('Daraa');
    expect(notes('😀 Daraa')).toEqual(['Ignored “😀”: only letters and digits are searched.']);
    expect(tree('"" Daraa')).toBe('Daraa');
    expect(tree('Daraa \u0000 \ud800')).toBe('Daraa');
  });

  it('caps what a query can ask for', () => {
    expect(parseQuery('w '.repeat(50)).terms).toHaveLength(1);
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(parseQuery(many).notes).toEqual(['Searched the first 32 words only.']);
    expect(parseQuery('x'.repeat(2000)).notes).toEqual(['The search was cut to its first 1000 characters.']);
  });
});
