import { describe, expect, it } from 'vitest';
import { capitalEvidence, extractNames } from './names';
import { groupNames } from './namesGroup';

const names = (text: string) => extractNames(text).map((n) => n.text);

describe('extractNames', () => {
  it('joins particles and of/for into one name, and stops at a possessive', () => {
    expect(names('Forces of Bashar al-Assad reached Busra Al Sham.')).toEqual(['Bashar al-Assad', 'Busra Al Sham']);
    expect(names('the Syrian Observatory for Human Rights said on Wednesday.')).toEqual(['Syrian Observatory for Human Rights']);
    expect(names("said HRW's Lama Fakih, whose group works in Jordan.")).toEqual(['HRW', 'Lama Fakih', 'Jordan']);
  });

  it('strips titles and reads them as evidence of a person', () => {
    const found = extractNames('Talks went on as Jordanian Foreign Minister Ayman Safadi met Mr Jabbawi.');
    expect(found.map((n) => [n.text, n.kind])).toEqual([
      ['Ayman Safadi', 'person'],
      ['Jabbawi', 'person']
    ]);
  });

  it('drops sentence-initial common words, adjectives of nationality, days and labels', () => {
    expect(names('Rebels met the Russian delegation on Wednesday. Residents fled to Amman. WATCH: rebels in Daraa.')).toEqual([
      'Amman',
      'Daraa'
    ]);
    expect(names('The Israeli-occupied Golan Heights border Syria.')).toEqual(['Golan Heights', 'Syria']);
  });

  // Review 13, #19: the Daraa story's Names tab listed these as places and other names.
  it('takes a nationality or people word alone, or a common-noun acronym, for no name; a platform for an organisation', () => {
    const found = extractNames(
      'After the talks collapsed, Russian and regime aircraft resumed strikes. Rights groups urged Jordan to let Syrians escape. ' +
        'Following talks held last year in Kazakh capital Astana, Deraa was designated a de-escalation zone. ' +
        'Residents and IDPs from Daraa gathered near the border, opposition official Ali Salhadi wrote on Twitter.'
    );
    expect(found.map((n) => [n.text, n.kind])).toEqual([
      ['Jordan', 'place'],
      ['Astana', 'place'],
      ['Deraa', 'unknown'],
      ['Daraa', 'place'],
      ['Ali Salhadi', 'person'],
      ['Twitter', 'organisation']
    ]);
    expect(names('Sergei Lavrov met Kurds and NGOs in Busra al-Sham and Quneitra.')).toEqual([
      'Sergei Lavrov',
      'Busra al-Sham',
      'Quneitra'
    ]);
  });

  it('keeps a lone sentence-initial name the texts capitalise elsewhere', () => {
    const evidence = capitalEvidence(['Moscow rejected the terms.', 'Rebels met officials from Moscow.']);
    expect(extractNames('Moscow rejected the terms.', evidence).map((n) => n.text)).toEqual(['Moscow']);
  });

  it('reads kinds from name words, prepositions and countries', () => {
    const kinds = extractNames('Human Rights Watch urged Russia to let people into Daraa province.').map((n) => [n.text, n.kind]);
    expect(kinds).toEqual([
      ['Human Rights Watch', 'organisation'],
      ['Russia', 'place'],
      ['Daraa', 'place']
    ]);
  });

  it('skips headlines in title case and words run together by scraping', () => {
    expect(names('Syrian Rebels And Russia Ceasefire Deal Breaks Down\nMiddle EastWar')).toEqual([]);
  });
});

describe('groupNames', () => {
  const sources = [
    {
      id: '001',
      text: 'Spokesman Ibrahim Jabbawi said talks in Deraa failed. "It is over," Mr Jabbawi said. Human Rights Watch and HRW staff met the UN.'
    },
    { id: '002', text: 'Spokesman Ibrahim al Jabawi said the rebels in Daraa would fight. The United Nations was silent.' },
    { id: '003', text: 'Rebels in Daraa said Jabbawi spoke for them.' }
  ];

  it('merges spelling variants, particles and short forms, with counts per source', () => {
    const entities = groupNames(sources);
    const jabbawi = entities.find((e) => e.name === 'Ibrahim Jabbawi')!;
    expect(jabbawi.kind).toBe('person');
    expect(jabbawi.counts).toEqual({ '001': 2, '002': 1, '003': 1 });
    expect(jabbawi.variants.map((v) => v.text).sort()).toEqual(['Ibrahim Jabbawi', 'Ibrahim al Jabawi', 'Jabbawi']);

    const daraa = entities.find((e) => e.variants.some((v) => v.text === 'Deraa'))!;
    expect(daraa.name).toBe('Daraa');
    expect(daraa.counts).toEqual({ '001': 1, '002': 1, '003': 1 });
  });

  it('merges an acronym with the one name its initials spell', () => {
    const entities = groupNames(sources);
    expect(
      entities
        .find((e) => e.name === 'Human Rights Watch')!
        .variants.map((v) => v.text)
        .sort()
    ).toEqual(['HRW', 'Human Rights Watch']);
    expect(entities.find((e) => e.name === 'United Nations')!.counts).toEqual({ '001': 1, '002': 1 });
  });

  it('gives mentions with offsets into each source', () => {
    for (const e of groupNames(sources)) {
      for (const m of e.mentions) {
        const text = sources.find((s) => s.id === m.sourceId)!.text;
        expect(e.variants.map((v) => v.text)).toContain(text.slice(m.start, m.end));
      }
    }
  });
});
