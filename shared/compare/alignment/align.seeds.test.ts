/**
 * Alignment on the five seed articles (seeds/): 001, 003 and 004 are edits of one AFP story (004
 * machine-translated and mangled), 000 is a Reuters-based write-up that still quotes AFP sentences.
 * The expected shared sentences below were picked by reading the articles (001 has a no-break space
 * in "such as\u00a0Eastern Ghouta").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignTexts } from './align';
import type { AlignedPassage } from './types';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');

function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS, file), 'utf8');
}

const s000 = seed('000_');
const s001 = seed('001_');
const s003 = seed('003_');
const s004 = seed('004_');

/** The passage holding `inA` on its A side and `inB` on its B side, if any. */
function passageWith(
  a: string,
  b: string,
  passages: readonly AlignedPassage[],
  inA: string,
  inB: string
): AlignedPassage | undefined {
  const atA = a.indexOf(inA);
  const atB = b.indexOf(inB);
  if (atA < 0 || atB < 0) throw new Error(`sentence not in its seed: ${atA < 0 ? inA : inB}`);
  return passages.find((p) => p.aStart <= atA && atA + inA.length <= p.aEnd && p.bStart <= atB && atB + inB.length <= p.bEnd);
}

describe('alignTexts on the seed articles', () => {
  it('pairs the sentences two edits of the AFP story share (001 and 003)', () => {
    const passages = alignTexts(s001, s003);
    const shared: [string, string][] = [
      [
        'Spokesman Ibrahim Jabbawi said the talks had not produced "any results" because Moscow had insisted rebels hand over their heavy arms in one go.',
        'Their spokesman Ibrahim Jabbawi said the talks had not produced “any results” because Moscow had insisted rebels hand over their heavy arms in one go.'
      ],
      [
        'It told negotiators that population transfers were not on the table in the south, although it had agreed to them in other areas such as\u00a0Eastern Ghouta and Aleppo.',
        'It told negotiators population transfers were not on the table in the south, although it had agreed to allow people to leave in other areas like Eastern Ghouta and Aleppo.'
      ],
      [
        'Moscow has used tough deadlines in the past with rebels but has sometimes extended them.',
        'Moscow has used tough deadlines in the past with rebels but has sometimes extended them.'
      ],
      [
        'The abject refusal by Jordanian authorities to allow asylum seekers to seek protection not only goes against their international legal obligations, but against basic human decency,',
        'The abject refusal by Jordanian authorities to allow asylum seekers to seek protection not only goes against their international legal obligations, but against basic human decency,'
      ]
    ];
    for (const [inA, inB] of shared) {
      const p = passageWith(s001, s003, passages, inA, inB);
      expect(p, inA).toBeDefined();
    }
    // Copied nearly word for word: the passages around these are light edits, not rewrites.
    expect(passageWith(s001, s003, passages, shared[0]![0], shared[0]![1])!.kind).toBe('light');
    expect(passageWith(s001, s003, passages, shared[2]![0], shared[2]![1])!.kind).toBe('light');
  });

  it('finds the AFP sentences again in the machine-translated, mangled copy (001 and 004)', () => {
    const passages = alignTexts(s001, s004);
    const shared: [string, string][] = [
      [
        'A source close to the talks said rebels would be willing to hand over their heavy weapons in several phases.',
        'A source close to the discussions indicated that the rebels would be ready to hand over their heavy weapons in several phases.'
      ],
      [
        'Russia insisted the army would return to its pre-2011 positions and local police would take over towns in co-ordination with Russian military police.',
        'Russia insisted that the army return to its pre-2011 position.'
      ],
      [
        'Eleven members of a single family were killed overnight in a landmine blast as they returned to Al Mseifra',
        'Eleven members of one family were killed in the explosion of a landmine when they returned to Al-Mseifra'
      ]
    ];
    for (const [inA, inB] of shared) expect(passageWith(s001, s004, passages, inA, inB), inA).toBeDefined();
  });

  it('finds the AFP quote in the Reuters-based write-up, in every AFP edit (000)', () => {
    const quote000 =
      'Negotiations with the Russian enemy in Busra al-Sham have failed, after they insisted on the surrender of heavy weapons';
    const quotes: [string, string][] = [
      [
        s001,
        'Negotiations with the Russian enemy in Busra Al Sham have failed, after they insisted on the surrender of heavy weapons'
      ],
      [
        s003,
        'Negotiations with the Russian enemy in Busra al-Sham have failed, after they insisted on the surrender of heavy weapons'
      ],
      [
        s004,
        'Negotiations with the Russian enemy in Busra al-Sham have failed, having insisted on the surrender of heavy weapons'
      ]
    ];
    for (const [afp, quote] of quotes) {
      expect(passageWith(s000, afp, alignTexts(s000, afp), quote000, quote), quote).toBeDefined();
    }
    expect(
      passageWith(
        s000,
        s001,
        alignTexts(s000, s001),
        'It told negotiators that population transfers were not on the table in the south, although it had agreed to them in other areas like Eastern Ghouta and Aleppo.',
        'It told negotiators that population transfers were not on the table in the south, although it had agreed to them in other areas such as\u00a0Eastern Ghouta and Aleppo.'
      )
    ).toBeDefined();
  });

  it('does not align a paragraph about something else, even inside a copy of the story', () => {
    const unrelated =
      'The city orchestra opened its winter season with three symphonies by Sibelius. Tickets for the ' +
      'opening night sold out within an hour, and the concert hall added a matinee on Sunday for the ' +
      'families who missed out.';
    const half = s003.indexOf('Moscow has used tough deadlines');
    const withInsert = `${s003.slice(0, half)}${unrelated}\n\n${s003.slice(half)}`;
    const at = withInsert.indexOf(unrelated);
    for (const p of alignTexts(s001, withInsert)) {
      const overlap = Math.min(p.bEnd, at + unrelated.length) - Math.max(p.bStart, at);
      expect(overlap, 'a passage covers the orchestra paragraph').toBeLessThanOrEqual(0);
    }
    expect(alignTexts(s001, unrelated)).toEqual([]);
  });

  it('aligns nothing between two unrelated paragraphs on similar subjects', () => {
    const a =
      'Farmers in the northern valley began the wheat harvest two weeks early this year. A dry spring ' +
      'and a hot June ripened the grain quickly, and cooperatives have asked for extra trucks to carry ' +
      'it to the silos before the autumn rains.';
    const b =
      'The regional water board warned that reservoirs stand at their lowest level in a decade. It ' +
      'asked households to stop watering gardens and washing cars, and said fines would follow in ' +
      'August if consumption did not fall.';
    expect(alignTexts(a, b)).toEqual([]);
  });
});
