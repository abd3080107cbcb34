/**
 * Review 14, #10: kinds from the words around a name, and one row per organisation, on sentences
 * of the seed articles (000–004), with the cases that must stay apart.
 */
import { describe, expect, it } from 'vitest';
import { extractNames } from './names';
import { groupNames, type NameEntity } from './namesGroup';

const kinds = (text: string) => extractNames(text).map((n) => [n.text, n.kind]);
const group = (...texts: string[]) => groupNames(texts.map((text, k) => ({ id: String(k), text })));
const rowOf = (entities: readonly NameEntity[], spelling: string) =>
  entities.find((e) => e.variants.some((v) => v.text === spelling));

describe('kinds from the words around a name', () => {
  it('reads places introduced by a place noun, a direction word, and lists of names', () => {
    expect(kinds('Regime aircraft targeted southwest Syria, hitting the rebel-held towns of Tafas and Saida.')).toEqual([
      ['Syria', 'place'],
      ['Tafas', 'place'],
      ['Saida', 'unknown']
    ]);
    const entities = group(
      'It had agreed to them in other areas like Eastern Ghouta and Aleppo.',
      'World powers have criticised the operation for violating a ceasefire announced last year by Washington, Amman and Moscow. ' +
        'Talks were held in Moscow.'
    );
    for (const place of ['Eastern Ghouta', 'Aleppo', 'Washington', 'Amman', 'Moscow'])
      expect(rowOf(entities, place)!.kind).toBe('place');
  });

  it('reads a person from speech and role cues', () => {
    expect(kinds('"It is a war crime," said HRW\'s Lama Fakih.')).toEqual([
      ['HRW', 'organisation'],
      ['Lama Fakih', 'person']
    ]);
    expect(kinds('Basic human decency, "said Lama Fakih of HRW.')).toContainEqual(['Lama Fakih', 'person']);
    expect(kinds("The report quoted Lama Fakih, the group's Syria researcher, at length.")).toContainEqual([
      'Lama Fakih',
      'person'
    ]);
  });

  it('keeps unknown what nothing classifies, and a comma alone makes no list', () => {
    expect(kinds('On Wednesday in Paris, Macron Lupin met reporters.')).toEqual([
      ['Paris', 'place'],
      ['Macron Lupin', 'unknown']
    ]);
    const entities = group('Forces met in Paris, Macron Lupin said.');
    expect(rowOf(entities, 'Macron Lupin')!.kind).not.toBe('place');
  });
});

describe('one row per organisation', () => {
  it("joins an organisation's shorter forms and acronym-led forms within one story", () => {
    const entities = group(
      'Regime airstrikes had stopped, the Syrian Observatory for Human Rights reported. The UN Security Council will meet.',
      'Britain A Syrian observer of the Observatory of Human Rights said. Residents returned, reported Wednesday the Observatory. ' +
        'The United Nations Security Council will hold a closed door on Thursday.',
      '"Negotiations have failed," the rebels\' Central Operations Room in the South said in a tweet. The Operations Room said so.'
    );
    expect(rowOf(entities, 'Observatory')).toBe(rowOf(entities, 'Syrian Observatory for Human Rights'));
    expect(rowOf(entities, 'Observatory of Human Rights')).toBe(rowOf(entities, 'Syrian Observatory for Human Rights'));
    expect(rowOf(entities, 'UN Security Council')).toBe(rowOf(entities, 'United Nations Security Council'));
    expect(rowOf(entities, 'Operations Room')).toBe(rowOf(entities, 'Central Operations Room'));
    expect(rowOf(entities, 'Syrian Observatory for Human Rights')!.name).toBe('Syrian Observatory for Human Rights');
  });

  it('keeps a short form apart when two organisations could own it, or when it drops the head noun', () => {
    const entities = group(
      'The Syrian Observatory for Human Rights and the Jodrell Bank Observatory disagreed. The Observatory said nothing.',
      'Human Rights Watch spoke. Human Rights was the theme.'
    );
    expect(rowOf(entities, 'Observatory')).not.toBe(rowOf(entities, 'Syrian Observatory for Human Rights'));
    expect(rowOf(entities, 'Observatory')).not.toBe(rowOf(entities, 'Jodrell Bank Observatory'));
    const rights = rowOf(entities, 'Human Rights');
    if (rights !== undefined) expect(rights).not.toBe(rowOf(entities, 'Human Rights Watch'));
  });

  it("joins 004's `Ghout East` to Eastern Ghouta only with a linked sentence as evidence", () => {
    const afp =
      'Rebels said such offers were not on the table in the south, although it had agreed to them in other areas such as Eastern Ghouta and Aleppo.';
    const translated =
      'The offers were not on the table in the south, although they accepted it. in other regions like Ghout East and Aleppo';
    const sources = [
      { id: '001', text: afp },
      { id: '004', text: translated }
    ];
    expect(rowOf(groupNames(sources), 'Ghout East')).not.toBe(rowOf(groupNames(sources), 'Eastern Ghouta'));
    const start = translated.indexOf('in other');
    const linked = groupNames(sources, {
      links: [{ aSource: 0, aStart: 0, aEnd: afp.length, bSource: 1, bStart: start, bEnd: translated.length }]
    });
    expect(rowOf(linked, 'Ghout East')!.name).toBe('Eastern Ghouta');
  });
});
