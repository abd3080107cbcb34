/**
 * Anchoring on real edits: seeds 001 and 003 are two outlets' versions of one AFP story, so a
 * sentence highlighted in 001 and the article "re-imported" as 003 is a natural test. The expected
 * places were picked by reading both articles: the sentence's counterpart in 003 when it has one
 * (reworded, curly quotes, a word added), an orphan when 003 lacks it — never anywhere else.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '@shared/import/cleanup';
import { anchor, type AnchorResult } from './anchor';
import { describeRange } from './selectors';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

function body(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return cleanArticle(readFileSync(join(SEEDS, file), 'utf8')).clean;
}

const a = body('001_');
const b = body('003_');

/** Highlights `sentence` in 001 and anchors it in 003. */
function carry(sentence: string): AnchorResult {
  const at = a.indexOf(sentence);
  if (at < 0) throw new Error(`not in 001: ${sentence}`);
  return anchor(b, describeRange(a, at, at + sentence.length));
}

/** The range of `sentence` in 003. */
function inB(sentence: string): { start: number; end: number } {
  const at = b.indexOf(sentence);
  if (at < 0) throw new Error(`not in 003: ${sentence}`);
  return { start: at, end: at + sentence.length };
}

function overlap(r: AnchorResult, span: { start: number; end: number }): number {
  if (r.state === 'orphan') return 0;
  const common = Math.min(r.end, span.end) - Math.max(r.start, span.start);
  return common <= 0 ? 0 : common / (Math.max(r.end, span.end) - Math.min(r.start, span.start));
}

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? []);
}

describe('anchor on the AFP versions of one story (seeds 001 → 003)', () => {
  it('moves a sentence both outlets print word for word to where 003 has it', () => {
    const sentence = 'Moscow has used tough deadlines in the past with rebels but has sometimes extended them.';
    const r = carry(sentence);
    expect(r).toMatchObject({ state: 'moved', ...inB(sentence) });
  });

  it('finds a sentence 003 gives with curly quotes, a lower-case "spokesman" and "Their" before it', () => {
    const r = carry('Spokesman Ibrahim Jabbawi said the talks had not produced "any results" because Moscow had insisted rebels hand over their heavy arms in one go.');
    // Quote marks and case are normalised away: the same words, so 'moved', and "Their" stays out.
    expect(r).toMatchObject({ state: 'moved', ...inB('spokesman Ibrahim Jabbawi said the talks had not produced “any results” because Moscow had insisted rebels hand over their heavy arms in one go.') });
  });

  it('finds a quotation 003 punctuates differently', () => {
    const r = carry('"Today will be the last round – either the rebels agree to these terms or the military operations resume," the source said.');
    expect(r.state).toBe('changed');
    expect(overlap(r, inB('“Today will be the last round – either the rebels agree to these terms, or the military operations resume,” the source said.'))).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    'After the talks collapsed, Russian and regime aircraft resumed strikes on several parts of the province for the first time in four days, the Britain-based Syrian Observatory for Human Rights monitor said.',
    'Eleven members of a single family were killed overnight in a landmine blast as they returned to Al Mseifra, which had "reconciled" with the government, the Syrian Observatory for Human Rights said on Wednesday.',
    'More than 140 civilians have died since the assault began.',
    'Some displaced families whose hometowns had fallen back under regime control have returned, but even that journey holds risks.'
  ])('makes a sentence 003 does not have an orphan: %s', (sentence) => {
    expect(carry(sentence).state).toBe('orphan');
  });

  it('puts a heavily reworded sentence on its counterpart or makes it an orphan, never elsewhere', () => {
    const pairs: [string, string][] = [
      [
        'The UN Security Council on Thursday will hold a closed-door emergency meeting on the offensive.',
        'The United Nations Security Council is due hold a closed-door emergency meeting on Thursday on the offensive.'
      ],
      [
        'It told negotiators that population transfers were not on the table in the south, although it had agreed to them in other areas such as Eastern Ghouta and Aleppo.',
        'It told negotiators population transfers were not on the table in the south, although it had agreed to allow people to leave in other areas like Eastern Ghouta and Aleppo.'
      ]
    ];
    for (const [inA, counterpart] of pairs) {
      const r = carry(inA);
      if (r.state !== 'orphan') expect(overlap(r, inB(counterpart))).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('places every sentence of 001 only on text that shares most of its words, or makes it an orphan', () => {
    const sentences = a.split(/\n\n|(?<=[.!?]["”]?) (?=["“]?[A-Z])/).filter((s) => s.length >= 30);
    expect(sentences.length).toBeGreaterThan(30);
    let placed = 0;
    for (const sentence of sentences) {
      const r = carry(sentence);
      if (r.state === 'orphan') continue;
      placed++;
      const mine = words(sentence);
      const found = words(b.slice(r.start, r.end));
      const shared = [...mine].filter((w) => found.has(w)).length;
      expect(shared / Math.max(mine.size, found.size), `${sentence} → ${b.slice(r.start, r.end)}`).toBeGreaterThanOrEqual(0.6);
    }
    // Anchoring that orphans everything would pass the check above. At least eight sentences of 001
    // are in 003 nearly word for word (quote marks, a comma, "Their", "Daraa's"), read by hand.
    expect(placed).toBeGreaterThanOrEqual(8);
  });
});
