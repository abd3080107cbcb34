/**
 * The five seed articles compared, checked against what reading them shows: 001, 003 and 004 run
 * one AFP story (004 machine-translated and mangled), 000 is Reuters-based but carries the rebels'
 * "Negotiations … have failed" statement too, 002 is a news-agencies roundup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareArticles } from './compareArticles';
import { ComparisonSchema } from './compareArticlesSchema';

const dir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.slice(0, 3), title: '', text: readFileSync(dir + f, 'utf8') }));
const textOf = (id: string) => seeds.find((s) => s.id === id)!.text;

describe('comparing the seeds', () => {
  const started = performance.now();
  const c = compareArticles(seeds);
  const ms = performance.now() - started;

  it('finds 001, 003 and 004 as one wire group, credited to AFP, and nothing else', () => {
    expect(c.wireGroups).toHaveLength(1);
    const g = c.wireGroups[0]!;
    expect([...g.articleIds].sort()).toEqual(['001', '003', '004']);
    expect(g.agency).toBe('AFP');
    expect(c.articles.map((a) => [a.id, a.credits])).toEqual([
      // 000 writes "Reuters is reporting": a cited source, not a wire credit (review 15, #2).
      ['000', []],
      ['001', []],
      ['002', []],
      ['003', ['AFP']],
      ['004', ['AFP']]
    ]);
  });

  it('puts the "Negotiations … have failed" sentence of 000 in one passage with 001, 003 and 004', () => {
    const sentence = 'Negotiations with the Russian enemy in Busra al-Sham have failed';
    const cluster = c.clusters.find((p) =>
      p.spans.some((s) => s.articleId === '000' && textOf('000').slice(s.start, s.end).includes(sentence))
    );
    expect(cluster?.articleIds).toEqual(['000', '001', '003', '004']);
    for (const id of ['001', '003', '004']) {
      const spans = cluster!.spans.filter((s) => s.articleId === id).map((s) => textOf(id).slice(s.start, s.end));
      expect(spans.some((t) => /Negotiations with the Russian enemy in Busra al[- ]Sham have failed/i.test(t))).toBe(true);
    }
    // 002 shares no sentence with the others.
    expect(c.clusters.some((p) => p.articleIds.includes('002'))).toBe(false);
  });

  it('starts no passage with the previous sentence\'s full stop (004\'s ". About 90 minutes …" line)', () => {
    const starts = c.clusters.flatMap((p) => p.spans.map((s) => textOf(s.articleId).slice(s.start, s.start + 20)));
    expect(starts.filter((t) => /^[.,;:!?]/u.test(t))).toEqual([]);
    expect(starts).toContain('About 90 minutes aft');
  });

  it('flags "more than 140 civilians" (001) against "more than 100 civilians" (002)', () => {
    const group = c.numbers.find((g) => g.figures.some((f) => f.text === 'More than 140 civilians'))!;
    expect(group.figures.map((f) => [f.sourceId, f.text])).toEqual([
      ['001', 'More than 140 civilians'],
      ['002', 'More than 100 civilians']
    ]);
    expect(group.category).toBe('casualties');
    expect(group.disagree).toBe(true);
  });

  it("finds no other disagreeing figure: the displaced range agrees across 001, 003, 004, and 000's dateline is no date figure", () => {
    expect(c.numbers.filter((g) => g.disagree).map((g) => g.label)).toEqual(['civilian (killed)']);
    const displaced = c.numbers.find((g) => g.label === 'person (displaced)')!;
    expect(displaced.sourceIds).toEqual(['001', '003', '004']);
    expect(c.numbers.flatMap((g) => g.figures).some((f) => f.sourceId === '000' && f.text.includes('04 July'))).toBe(false);
  });

  it("lists the seeds' places and people, and no nationality or common acronym as a name", () => {
    const listed = c.names.map((e) => e.name);
    for (const name of ['Daraa', 'Busra al-Sham', 'Quneitra', 'Ali Salhadi', 'Sergei Lavrov', 'Ibrahim Jabbawi'])
      expect(listed).toContain(name);
    for (const word of ['Russian', 'Syrians', 'Kazakh', 'IDPs']) expect(listed).not.toContain(word);
    expect(c.names.find((e) => e.name === 'Twitter')?.kind).toBe('organisation');
  });

  it('flags "No negotiations under threat" (001) against "No Threatened Negotiations" (004)', () => {
    const group = c.quotes.find((g) => g.variants.some((v) => v.text === 'No negotiations under threat'))!;
    expect(group.variants.map((v) => [v.sourceIds, v.text])).toEqual([
      [['001'], 'No negotiations under threat'],
      [['004'], 'No Threatened Negotiations']
    ]);
    expect(group.altered).toBe(true);
  });

  it('groups the rebels\' statement across 000, 001, 003 and 004, flagging 004\'s "having insisted"', () => {
    const group = c.quotes.find((g) => g.variants.some((v) => v.text.startsWith('Negotiations with the Russian enemy')))!;
    expect(group.sourceIds).toEqual(['000', '001', '003', '004']);
    expect(group.variants.find((v) => v.sourceIds.includes('004'))!.relation).toBe('altered');
  });

  it('merges Jabbawi and Jabawi as one person', () => {
    const person = c.names.find((e) => e.variants.some((v) => v.text === 'Ibrahim al Jabawi'))!;
    expect(person.kind).toBe('person');
    expect(person.variants.map((v) => v.text)).toContain('Ibrahim Jabbawi');
    expect(Object.keys(person.counts).sort()).toEqual(['001', '002', '003', '004']);
    const daraa = c.names.find((e) => e.variants.some((v) => v.text === 'Deraa'))!;
    expect(daraa.variants.map((v) => v.text)).toContain('Daraa');
  });

  // Review 14, #10: places filed as other names, one organisation on several rows.
  it("files the seeds' cities under places and Lama Fakih as a person, and lists each organisation once", () => {
    const entity = (spelling: string) => c.names.find((e) => e.variants.some((v) => v.text === spelling))!;
    for (const place of ['Aleppo', 'Amman', 'Washington', 'Eastern Ghouta', 'Tafas', 'Astana'])
      expect(entity(place).kind).toBe('place');
    expect(entity('Lama Fakih').kind).toBe('person');
    const rowOf = (spellings: string[]) => new Set(spellings.map((s) => entity(s).id));
    expect(rowOf(['United Nations Security Council', 'UN Security Council']).size).toBe(1);
    expect(rowOf(['Syrian Observatory for Human Rights', 'Observatory of Human Rights', 'Observatory']).size).toBe(1);
    expect(rowOf(['Central Operations Room', 'Operations Room']).size).toBe(1);
    // 004 really writes `Ghout East`: it stays a spelling, on Eastern Ghouta's row because 004's
    // sentence is linked to the AFP copies' `in other areas such as (like) Eastern Ghouta and Aleppo`.
    expect(entity('Ghout East').name).toBe('Eastern Ghouta');
    expect(entity('Ghout East').counts).toEqual({ '000': 1, '001': 1, '003': 1, '004': 1 });
  });

  it('returns data the schema accepts, quickly', () => {
    expect(ComparisonSchema.parse(JSON.parse(JSON.stringify(c)))).toEqual(c);
    // A generous bound that still catches an accidental quadratic blow-up (typical: a few hundred ms).
    expect(ms).toBeLessThan(10_000);
  });
});
