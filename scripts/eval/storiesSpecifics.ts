/**
 * What tells two events of one ECB+ topic apart, pair by pair (issue 16 part 3, session 17): each
 * article read for six kinds of specific a reader uses (a magnitude, a death toll, a sum of money,
 * a date, a weekday, its central name), and for every two articles of one topic whether they
 * conflict on each kind — both write one and share none. A kind could part two events only if it
 * conflicts across events and seldom within one. Used by `scripts/eval-stories.ts --specifics`;
 * docs/compare.md, "What tells the two events apart", holds the table and what was built from it.
 */
import { tokenize } from '@shared/text/tokens';
import { afterSentenceEnd, isCapitalised, writtenNames } from '@shared/stories/writtenNames';
import type { EvalDoc } from './storiesIncremental';

/** The kinds of specific read, in table order. */
export const SPECIFIC_KINDS = ['magnitude', 'toll', 'money', 'date', 'weekday', 'central'] as const;
export type SpecificKind = (typeof SPECIFIC_KINDS)[number];

/** The row name of each kind. */
const KIND_NAMES: Record<SpecificKind, string> = {
  magnitude: 'magnitude',
  toll: 'death toll',
  money: 'sum of money',
  date: 'date (month and day)',
  weekday: 'weekday',
  central: 'central name'
};

/**
 * The topics whose two events one story holds at some library size (docs/compare.md, "Small
 * libraries": the nine topics table).
 */
export const MIXED_TOPICS: readonly number[] = [9, 10, 11, 14, 20, 23, 24, 27, 35];

/** One article's specifics of each kind (normalised values), and its text in lower case. */
export interface Specifics {
  readonly kinds: Readonly<Record<SpecificKind, ReadonlySet<string>>>;
  readonly lowerText: string;
}

const SMALL_NUMBERS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty'
];
const COUNT = `(\\d[\\d,]*|${SMALL_NUMBERS.join('|')})`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';

const MAGNITUDE =
  /magnitude(?:[- ]of)?(?: at least)?[- ](\d\.\d)|(\d\.\d)[- ](?:magnitude|on the richter)|(?:measuring|registering) (?:at least )?(\d\.\d)/gi;
const TOLL_BEFORE = new RegExp(
  `${COUNT} (?:people |persons |men |women |children )?(?:were |have been |had been |are )?(?:killed|dead|died)\\b`,
  'gi'
);
const TOLL_AFTER = new RegExp(
  `(?:killing|killed|kills|death toll (?:rose |rises |climbed )?(?:to|at|of)) (?:at least |more than )?${COUNT}\\b`,
  'gi'
);
const MONEY = /\$ ?(\d[\d,]*(?:\.\d+)?) ?(million|billion|m\b|bn\b)?/gi;
const MONTH_DAY = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2}) ${MONTH}`, 'g');
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

/** A count written in digits or as a word (`ten`), as a number's digits. */
function countOf(written: string): string {
  const word = SMALL_NUMBERS.indexOf(written.toLowerCase());
  return String(word >= 0 ? word + 1 : Number(written.replace(/,/g, '')));
}

/** `month-day` from a month name's first three letters and a day. */
function dayOf(month: string, day: string): string {
  return `${MONTHS.indexOf(month.slice(0, 3).toLowerCase())}-${Number(day)}`;
}

/**
 * The specifics `text` writes. NB: ECB+'s texts were rebuilt from tokens with spaces inside
 * numbers (`5. 9`, `120, 000`); they are joined back first, which would misread prose such as
 * `in 2005, 9 died` — acceptable for this corpus-reading script, not for the app.
 *
 * @example specificsOf('A 5.6 magnitude quake hit Qeshm, killing two people.').kinds.toll // Set {'2'}
 */
export function specificsOf(text: string): Specifics {
  const joined = text.replace(/(\d)([.,]) (\d)/g, '$1$2$3').replace(/ - /g, '-');
  const all = (pattern: RegExp, value: (m: RegExpMatchArray) => string | undefined) =>
    new Set([...joined.matchAll(pattern)].map(value).filter((v): v is string => v !== undefined));
  const money = all(MONEY, (m) => {
    const unit = (m[2] ?? '').toLowerCase();
    const millions = Number(m[1]!.replace(/,/g, '')) * (unit.startsWith('b') ? 1000 : unit.startsWith('m') ? 1 : 1e-6);
    // A sum under a million is a price or a fine, not what an event is told apart by.
    return millions >= 1 ? millions.toFixed(1) : undefined;
  });
  return {
    kinds: {
      magnitude: all(MAGNITUDE, (m) => m[1] ?? m[2] ?? m[3]),
      toll: new Set([...all(TOLL_BEFORE, (m) => countOf(m[1]!)), ...all(TOLL_AFTER, (m) => countOf(m[1]!))]),
      money,
      date: new Set([...all(MONTH_DAY, (m) => dayOf(m[1]!, m[2]!)), ...all(DAY_MONTH, (m) => dayOf(m[2]!, m[1]!))]),
      weekday: all(WEEKDAY, (m) => m[1]),
      central: centralNames(text)
    },
    lowerText: text.toLowerCase()
  };
}

/**
 * The two-name sequences (`vincent jackson`) the text writes most, when that is twice or more:
 * the person or place at its centre. Names as story grouping reads them (`writtenNames`).
 */
function centralNames(text: string): Set<string> {
  const body = { text, tokens: tokenize(text) };
  const names = writtenNames({ text: '', tokens: [] }, body);
  const pairs = new Map<string, number>();
  let previous: string | null = null;
  for (const t of body.tokens) {
    const name = names.has(t.norm) && isCapitalised(text, t.start, t.end);
    if (previous !== null && name && !afterSentenceEnd(text, t.start)) {
      const pair = `${previous} ${t.norm}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
    previous = name ? t.norm : null;
  }
  const most = Math.max(0, ...pairs.values());
  return new Set(most >= 2 ? [...pairs].filter(([, n]) => n === most).map(([pair]) => pair) : []);
}

/**
 * Whether two articles conflict on a kind: null when either writes none, true when they share
 * none (for the central name: neither's is written anywhere in the other), false otherwise.
 *
 * @example conflicts(specificsOf('magnitude 5.6'), specificsOf('magnitude 5.9'), 'magnitude') // true
 */
export function conflicts(a: Specifics, b: Specifics, kind: SpecificKind): boolean | null {
  const x = a.kinds[kind];
  const y = b.kinds[kind];
  if (x.size === 0 || y.size === 0) return null;
  if (kind === 'central') return ![...x].some((p) => b.lowerText.includes(p)) && ![...y].some((p) => a.lowerText.includes(p));
  return ![...x].some((v) => y.has(v));
}

/** Counts of one kind over a set of pairs: pairs, both writing one, conflicting. */
interface PairCounts {
  pairs: number;
  both: number;
  conflict: number;
}

/** Markdown: per kind, how often same-event and different-event pairs of one topic conflict, and the mixed topics' pairs. */
export function specificsTable(docs: readonly EvalDoc[], mixed: readonly number[] = MIXED_TOPICS): string {
  const read = docs.map((d) => specificsOf(d.text));
  const mixedSet = new Set(mixed);
  const zero = (): PairCounts => ({ pairs: 0, both: 0, conflict: 0 });
  const rows = SPECIFIC_KINDS.map((kind) => {
    const [same, other, inMixed] = [zero(), zero(), zero()];
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        if (docs[i]!.topic !== docs[j]!.topic) continue;
        const c = conflicts(read[i]!, read[j]!, kind);
        const sameEvent = docs[i]!.cluster === docs[j]!.cluster;
        for (const counts of sameEvent ? [same] : mixedSet.has(docs[i]!.topic) ? [other, inMixed] : [other]) {
          counts.pairs++;
          if (c !== null) counts.both++;
          if (c === true) counts.conflict++;
        }
      }
    }
    const writing = read.filter((s) => s.kinds[kind].size > 0).length;
    const share = (c: PairCounts) =>
      `${c.both} / ${c.conflict} (${c.both === 0 ? 0 : Math.round((100 * c.conflict) / c.both)} %)`;
    return { kind, writing, same, other, inMixed, share };
  });
  const [first] = rows;
  return [
    `Specifics of one kind written by two articles of one ECB+ topic: how often they conflict (both write one, none shared). ${first!.same.pairs} same-event pairs, ${first!.other.pairs} different-event pairs, ${first!.inMixed.pairs} of them in the topics whose events merge (${mixed.join(' ')}).`,
    '',
    `| kind | articles writing one (of ${docs.length}) | same-event pairs: both write one / conflict | different-event pairs: both / conflict | the merging topics' different-event pairs: both / conflict |`,
    '| --- | ---: | --- | --- | --- |',
    ...rows.map(
      (r) => `| ${KIND_NAMES[r.kind]} | ${r.writing} | ${r.share(r.same)} | ${r.share(r.other)} | ${r.share(r.inMixed)} |`
    ),
    ''
  ].join('\n');
}
