import { describe, expect, it } from 'vitest';
import { addFilter, filterClauses, hasFilter, removeClause, removeFilter, toggleFacetFilter } from './queryFilters';

describe('filterClauses', () => {
  it('finds bare and quoted clauses with their positions', () => {
    const query = 'Daraa outlet:"The National" date:2018-07';
    const clauses = filterClauses(query);
    expect(clauses.map((c) => [c.field, c.value, query.slice(c.start, c.end)])).toEqual([
      ['outlet', 'The National', 'outlet:"The National"'],
      ['date', '2018-07', 'date:2018-07']
    ]);
  });

  it('reads -field:, field:- and NOT field: as negated', () => {
    expect(filterClauses('-outlet:AFP outlet:-Reuters NOT lang:ar lang:en').map((c) => c.negated)).toEqual([
      true,
      true,
      true,
      false
    ]);
  });

  it('does not see clauses inside a phrase, nor a key without a value', () => {
    expect(filterClauses('"outlet:AFP said" outlet: Reuters title:Daraa')).toEqual([]);
  });

  it('reads curly quotes as straight ones, and past an unmatched quote', () => {
    expect(filterClauses('outlet:\u201cThe National\u201d')[0]?.value).toBe('The National');
    expect(filterClauses('"busra al outlet:AFP')[0]?.value).toBe('AFP');
  });

  it('finds clauses inside parentheses', () => {
    expect(filterClauses('(outlet:AFP OR outlet:Reuters)').map((c) => c.value)).toEqual(['AFP', 'Reuters']);
  });
});

describe('hasFilter', () => {
  it('matches quoted or not, in any case or accents', () => {
    expect(hasFilter('Daraa outlet:reuters', 'outlet:"Reuters"')).toBe(true);
    expect(hasFilter('Daraa OUTLET:"the  national"', 'outlet:"The National"')).toBe(true);
    expect(hasFilter('lang:"EN"', 'lang:"en"')).toBe(true);
  });
  it('compares a tag as the engine does: case in any script, accents kept', () => {
    expect(hasFilter('Daraa tag:été', 'tag:"ÉTÉ"')).toBe(true);
    expect(hasFilter('tag:"needs  check"', 'tag:"Needs check"')).toBe(true);
    expect(hasFilter('tag:ete', 'tag:"été"')).toBe(false);
  });

  it('does not match another value, another field, a negation or a phrase', () => {
    expect(hasFilter('outlet:Reuters', 'outlet:"Reuters UK"')).toBe(false);
    expect(hasFilter('author:Reuters', 'outlet:"Reuters"')).toBe(false);
    expect(hasFilter('-outlet:Reuters', 'outlet:"Reuters"')).toBe(false);
    expect(hasFilter('"outlet:Reuters"', 'outlet:"Reuters"')).toBe(false);
    expect(hasFilter('date:2018', 'date:2018-07')).toBe(false);
  });
});

describe('addFilter', () => {
  it('appends the filter after one space', () => {
    expect(addFilter('Daraa talks', 'outlet:"Reuters"')).toBe('Daraa talks outlet:"Reuters"');
    expect(addFilter('Daraa  ', 'date:2018-07')).toBe('Daraa date:2018-07');
    expect(addFilter('', 'story:3')).toBe('story:3');
  });

  it('leaves a query that has the filter already as it is', () => {
    expect(addFilter('Daraa outlet:reuters', 'outlet:"Reuters"')).toBe('Daraa outlet:reuters');
  });

  it('drops an unmatched quote rather than letting it swallow the filter', () => {
    expect(addFilter('"busra al', 'outlet:"AFP"')).toBe('busra al outlet:"AFP"');
    expect(addFilter('"busra al-sham" talks', 'outlet:"AFP"')).toBe('"busra al-sham" talks outlet:"AFP"');
  });
});

describe('removeFilter', () => {
  it('takes the clause and its space out, and nothing else', () => {
    expect(removeFilter('Daraa outlet:"Reuters" talks', 'outlet:"Reuters"')).toBe('Daraa talks');
    expect(removeFilter('Daraa outlet:"Reuters"', 'outlet:"Reuters"')).toBe('Daraa');
    expect(removeFilter('outlet:"Reuters" Daraa', 'outlet:"Reuters"')).toBe('Daraa');
    expect(removeFilter('outlet:"Reuters"', 'outlet:"Reuters"')).toBe('');
  });

  it('does not damage phrases, negations, other fields or similar values that mention the same name', () => {
    const query = '"Reuters said" -outlet:AFP title:Reuters author:Reuters outlet:"Reuters" outlet:"Reuters UK" NEAR(a b, 5)';
    expect(removeFilter(query, 'outlet:"Reuters"')).toBe(
      '"Reuters said" -outlet:AFP title:Reuters author:Reuters outlet:"Reuters UK" NEAR(a b, 5)'
    );
    expect(removeFilter('Daraa -outlet:"Reuters"', 'outlet:"Reuters"')).toBe('Daraa -outlet:"Reuters"');
  });

  it('removes every copy, written any way', () => {
    expect(removeFilter('outlet:Reuters Daraa OUTLET:"reuters"', 'outlet:"Reuters"')).toBe('Daraa');
  });

  it('takes the OR or AND that joined the clause, and parentheses it leaves empty', () => {
    expect(removeFilter('outlet:"Reuters" OR outlet:AFP', 'outlet:"Reuters"')).toBe('outlet:AFP');
    expect(removeFilter('Daraa (outlet:AFP OR outlet:"Reuters") talks', 'outlet:"Reuters"')).toBe('Daraa (outlet:AFP) talks');
    expect(removeFilter('Daraa AND date:2018-07', 'date:2018-07')).toBe('Daraa');
    expect(removeFilter('Daraa (story:4) talks', 'story:4')).toBe('Daraa talks');
    // A word that only looks like an operator is kept.
    expect(removeFilter('ORLANDO date:2018-07', 'date:2018-07')).toBe('ORLANDO');
  });

  it('keeps the rest of the text exactly as typed, spacing included', () => {
    expect(removeFilter('a  "b   c"  outlet:X', 'outlet:X')).toBe('a  "b   c"');
  });

  it('undoes addFilter for queries of every shape', () => {
    const queries = [
      'Daraa',
      '"busra al-sham" -Reuters',
      '(Daraa OR Deraa) NEAR(rebels surrender, 5)',
      'title:Daraa date:2018',
      'negotiat* outlet:AFP'
    ];
    for (const query of queries) {
      for (const filter of ['outlet:"Reuters"', 'date:2018-07', 'lang:"en"', 'story:12']) {
        expect(removeFilter(addFilter(query, filter), filter)).toBe(query);
      }
    }
  });

  it('returns the query unchanged when the filter is not in it', () => {
    expect(removeFilter('Daraa talks', 'outlet:"Reuters"')).toBe('Daraa talks');
  });
});

describe('toggleFacetFilter', () => {
  it('adds a filter, and takes it out on the second click', () => {
    const once = toggleFacetFilter('Daraa', 'outlet:"Reuters"', 'outlet');
    expect(once).toBe('Daraa outlet:"Reuters"');
    expect(toggleFacetFilter(once, 'outlet:"Reuters"', 'outlet')).toBe('Daraa');
  });

  it('adds a second outlet beside the first (repeating a filter widens it)', () => {
    expect(toggleFacetFilter('Daraa outlet:"Reuters"', 'outlet:"AFP"', 'outlet')).toBe('Daraa outlet:"Reuters" outlet:"AFP"');
  });

  it('replaces a chosen month rather than asking for two at once', () => {
    expect(toggleFacetFilter('Daraa date:2018-06 talks', 'date:2018-07', 'month')).toBe('Daraa talks date:2018-07');
    // A year or a range the user typed is not a month choice: it stays.
    expect(toggleFacetFilter('Daraa date:2018', 'date:2018-07', 'month')).toBe('Daraa date:2018 date:2018-07');
    expect(toggleFacetFilter('date:2018-06..2018-08', 'date:2018-07', 'month')).toBe('date:2018-06..2018-08 date:2018-07');
  });
});

describe('removeClause', () => {
  it('takes out one clause as found, a negated one included, and leaves the rest as typed', () => {
    const query = 'film -outlet:AFP date:2004..2005 OR tag:"needs check"';
    const [outlet, date, tag] = filterClauses(query);
    expect(removeClause(query, outlet!)).toBe('film date:2004..2005 OR tag:"needs check"');
    expect(removeClause(query, date!)).toBe('film -outlet:AFP tag:"needs check"');
    expect(removeClause(query, tag!)).toBe('film -outlet:AFP date:2004..2005');
  });
});
