import { describe, expect, it } from 'vitest';
import { groupQuotes } from './quotesGroup';

describe('groupQuotes', () => {
  it('groups a quote that translation drifted, and shows the changed words', () => {
    const groups = groupQuotes([
      {
        id: 'a',
        text: '"Negotiations with the Russian enemy in Busra al-Sham have failed, after they insisted on the surrender of heavy weapons," the command said.'
      },
      {
        id: 'b',
        text: '"Negotiations with the Russian enemy in Busra al-Sham have failed, having insisted on the surrender of heavy weapons," he said.'
      }
    ]);
    expect(groups).toHaveLength(1);
    const g = groups[0]!;
    expect(g.sourceIds).toEqual(['a', 'b']);
    expect(g.altered).toBe(true);
    expect(g.variants.map((v) => v.relation)).toEqual(['reference', 'altered']);
    expect(g.variants[1]!.diff.filter((p) => p.op !== 'same')).toEqual([
      { op: 'removed', text: 'after they' },
      { op: 'added', text: 'having' }
    ]);
  });

  it('groups "No negotiations under threat" with "No Threatened Negotiations" and flags it', () => {
    const [g] = groupQuotes([
      { id: '001', text: '"No negotiations under threat," it later added on Twitter.' },
      { id: '004', text: '"No Threatened Negotiations", added later on Twitter.' }
    ]);
    expect(g!.sourceIds).toEqual(['001', '004']);
    expect(g!.altered).toBe(true);
    expect(g!.variants[1]!.text).toBe('No Threatened Negotiations');
    expect(g!.variants[1]!.diff).toEqual([
      { op: 'same', text: 'No' },
      { op: 'added', text: 'Threatened' },
      { op: 'same', text: 'Negotiations' },
      { op: 'removed', text: 'under threat' }
    ]);
  });

  it('does not count spelling and hyphenation as a change', () => {
    const [g] = groupQuotes([
      { id: 'a', text: '"Talks in Busra al-Sham have failed," it said.' },
      { id: 'b', text: '"Talks in Busra Al Sham have failed," it said.' }
    ]);
    expect(g!.altered).toBe(false);
    expect(g!.variants.map((v) => [v.sourceIds, v.relation])).toEqual([[['a', 'b'], 'reference']]);

    const [h] = groupQuotes([
      { id: 'a', text: '"Local police would act in co-ordination with Russian military police," it said.' },
      { id: 'b', text: '"Local police would act in coordination with Russian military police," it said.' }
    ]);
    expect(h!.altered).toBe(false);
    expect(h!.variants.map((v) => v.relation)).toEqual(['reference', 'same']);
  });

  it('marks a quote cut short as an excerpt, not an alteration', () => {
    const [g] = groupQuotes([
      {
        id: 'a',
        text: 'They "ask the United Nations and the world for protection and international guarantees" for their lives.'
      },
      {
        id: 'b',
        text: 'They "ask the United Nations and the world for protection and international guarantees" for their lives.'
      },
      {
        id: 'c',
        text: '"Civilians who fled organised this protest to ask the United Nations and the world for protection and international guarantees for their lives," he said.'
      }
    ]);
    expect(g!.sourceIds).toEqual(['a', 'b', 'c']);
    expect(g!.variants.map((v) => [v.sourceIds, v.relation])).toEqual([
      [['a', 'b'], 'reference'],
      [['c'], 'fuller']
    ]);
    expect(g!.altered).toBe(false);
  });

  it('groups short quotes changed by translation when the words around them agree', () => {
    const [g] = groupQuotes([
      {
        id: 'a',
        text: 'Spokesman Ibrahim Jabbawi said the talks had not produced "any results" because Moscow had insisted rebels hand over their heavy arms.'
      },
      {
        id: 'b',
        text: 'Spokesman Ibrahim Jabbawi said the talks had given "no results" because Moscow had insisted that the rebels hand over their heavy weapons.'
      }
    ]);
    expect(g!.sourceIds).toEqual(['a', 'b']);
    expect(g!.altered).toBe(true);
  });

  it('keeps different quotes apart and reports quotes only one source has', () => {
    const groups = groupQuotes([
      { id: 'a', text: 'The talks had "failed". Rebels wanted a "real political process".' },
      { id: 'b', text: 'Rebels said the talks "failed" and called it a "humiliating surrender".' }
    ]);
    expect(groups.map((g) => [g.variants[0]!.text, g.sourceIds])).toEqual([
      ['failed', ['a', 'b']],
      ['real political process', ['a']],
      ['humiliating surrender', ['b']]
    ]);
  });

  it('does not call a headline shortening its own quote an alteration', () => {
    const [g] = groupQuotes([
      { id: 'a', text: 'Rebels say talks \'fail\'\nThe rebels said the talks had "failed".' },
      { id: 'b', text: 'The rebels said the talks had "failed".' }
    ]);
    expect(g!.sourceIds).toEqual(['a', 'b']);
    expect(g!.altered).toBe(false);
  });
});
