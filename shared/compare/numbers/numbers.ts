/**
 * Figures in article text with what they count, normalised so outlets can be compared:
 * `60 per cent` = `60 percent` = `60%`; `more than 140 civilians` (killed); `two-week`
 * (a duration); `thousands` (vague, at least 1,000); `June 19` (a date). Lining figures up across
 * sources is in `numbersAlign.ts`.
 */
import { MONTH_PATTERN } from '@shared/import/dates';
import type { Token } from '@shared/text/tokens';
import { sentencesOf, tokensOf } from '../analysis/tokenCache';
import { itemsBySpan, type Span } from '../analysis/spans';
import { inflectionStem } from '@shared/text/stem';
import { clockTimes } from './clockTimes';
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DURATION_UNITS,
  EVENT_WORDS,
  MODIFIERS,
  PEOPLE_NOUNS,
  PLACE_NOUNS,
  QUALIFIERS,
  SCALES,
  VAGUE,
  numberValue,
  type FigureEvent,
  type Qualifier
} from './numbersWords';

export type { FigureEvent, Qualifier } from './numbersWords';

/**
 * What a figure measures:
 * - `casualties`: people killed or dead; `people`: people otherwise (displaced, wounded, members);
 * - `places`: towns, cities, villages; `count`: anything else counted (`30 tanks`);
 * - `percent`, `money`, `duration` (`two-week`, `four days`), `date` (`June 19`, `pre-2011`).
 */
export type FigureCategory = 'casualties' | 'people' | 'places' | 'count' | 'percent' | 'money' | 'duration' | 'date';

/** One figure in a text. Offsets are UTF-16 units into the text as given. */
export interface Figure {
  /** Start of the whole phrase: qualifier, currency sign, number. */
  readonly start: number;
  /** End of the whole phrase: number, unit, and the noun it counts. */
  readonly end: number;
  /** The phrase as written (`more than 140 civilians`). */
  readonly text: string;
  readonly category: FigureCategory;
  /** The number; the lower end of a range; the least a vague amount means (`thousands` → 1000). Dates: `YYYYMMDD` with zeros for parts not given. */
  readonly value: number;
  /** Upper end of a range (`between 270,000 and 330,000`). */
  readonly max?: number;
  /** Whether the text gives no exact number (`thousands`, `weeks-long`). */
  readonly vague: boolean;
  readonly qualifier?: Qualifier;
  /** `percent`; a currency code (`USD`); a time unit (`week`); for dates `date`; for counts the noun counted, folded and singular (`civilian`). */
  readonly unit?: string;
  /** For people: what the sentence says happened to them. */
  readonly event?: FigureEvent;
  /** A canonical rendering for display and comparison: `more than 140 civilian (killed)`, `60%`, `2 week`, `--06-19`. */
  readonly normalized: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * Month names as written in a sentence or in capitals (`PUBLISHED: THURSDAY, MAY 2, 2013`), each
 * optionally dotted (`Sept. 4`, `May. 3`). NB: not case-blind: `may 3` in lower case is a verb
 * before a count far more often than a date.
 */
const MONTH = `(?:${MONTH_PATTERN}|${MONTH_PATTERN.toUpperCase()})`;
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${MONTH})\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, 'g');
const MONTH_DAY = new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*[,:]?\\d)(?:,?\\s+(\\d{4})\\b)?`, 'g');
const MONTH_YEAR = new RegExp(`\\b(${MONTH})\\.?,?\\s+(\\d{4})\\b`, 'g');
const YEAR_PHRASE =
  /\b(?:(?:in|since|from|until|till|by|before|after|of)\s+|(?:pre|post|mid)-)((?:19|20)\d\d)\b(?!\s*(?:%|per\s?cent|percent|people))/gi;

/**
 * Every figure of a text, in text order. Numbers glued to brackets (`[11]`, `19659002]`) are
 * footnote or scraping residue and are skipped, as are codes mixing letters and digits (`F-16`).
 *
 * @example extractFigures('More than 140 civilians have died.')[0] // {category: 'casualties', value: 140, qualifier: 'more than', unit: 'civilian', …}
 */
export function extractFigures(text: string): Figure[] {
  const out: Figure[] = [];
  const tokens = tokensOf(text);
  const sentences = sentencesOf(text);
  const bySentence = itemsBySpan(tokens, sentences);
  // A time of day is no amount (`1: 32 PM` is not 32 `pm`).
  const times = clockTimes(text);
  for (const [n, sentence] of sentences.entries()) {
    // A publication date is no figure, yet its words are no count either (`04 July` is not 4 `july`),
    // nor is the rest of a publication line (`10:32 GMT`).
    const dates = datesIn(text, sentence);
    const published = dates.map((d) => publicationDate(text, d.start, d.end));
    out.push(...dates.filter((_, k) => published[k] === undefined));
    const lines = dates.filter((_, k) => published[k] === 'line').map((d) => lineAround(text, d.start, d.end));
    const taken = (t: Token) =>
      dates.some((d) => t.start < d.end && t.end > d.start) ||
      lines.some((l) => t.start >= l.start && t.end <= l.end) ||
      times.some((c) => t.start < c.end && t.end > c.start);
    const words = bySentence[n]!;
    let i = 0;
    while (i < words.length) {
      const figure = taken(words[i]!) ? undefined : figureAt(text, words, i);
      if (figure === undefined) i++;
      else {
        if (figure.figure !== undefined) out.push(figure.figure);
        i = figure.next;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function datesIn(text: string, s: Span): Figure[] {
  const chunk = text.slice(s.start, s.end);
  const out: Figure[] = [];
  const add = (index: number, length: number, year: number, month: number, day: number) => {
    const start = s.start + index;
    const end = start + length;
    if (out.some((f) => start < f.end && end > f.start)) return;
    if (month > 12 || day > 31) return;
    out.push(dateFigure(text, start, end, year, month, day));
  };
  const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  for (const m of chunk.matchAll(DAY_MONTH)) add(m.index, m[0].length, Number(m[3] ?? 0), monthOf(m[2]!), Number(m[1]));
  for (const m of chunk.matchAll(MONTH_DAY)) add(m.index, m[0].length, Number(m[3] ?? 0), monthOf(m[1]!), Number(m[2]));
  for (const m of chunk.matchAll(MONTH_YEAR)) add(m.index, m[0].length, Number(m[2]), monthOf(m[1]!), 0);
  for (const m of chunk.matchAll(YEAR_PHRASE)) {
    const at = m.index + m[0].length - m[1]!.length;
    add(at, m[1]!.length, Number(m[1]), 0, 0);
  }
  return out;
}

/** The line (paragraph) holding a span. */
function lineAround(text: string, start: number, end: number): Span {
  const lineEnd = text.indexOf('\n', end);
  return { start: text.lastIndexOf('\n', start - 1) + 1, end: lineEnd === -1 ? text.length : lineEnd };
}

/** Words a byline or publication line may hold besides the date and the author's name. */
const PUBLICATION_WORDS =
  /^(?:by|and|published|updated|posted|first|last|modified|on|at|am|pm|gmt|utc|bst|cet|cest|est|edt|pst|pdt|local|time|\d{1,2}[:.]\d\d)$/i;

/** Halves of the day and time zones a publication line ends with (`AM PDT`). */
const ZONE = /^(?:am|pm|gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt)$/i;
/** A weekday, written out or shortened (`Thu`, `Fri.`), as publication lines print it before the date. */
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?$|^(?:tuesday|wednesday|thursday|saturday)$/i;

/**
 * Whether, and how far, a date says when the piece was published rather than when something in the
 * story happened: two articles published on different days is no disputed figure (review 13, #4).
 * That is a date standing alone on its line (`04 July, 2018`), on a byline or publication line
 * (`By Jane Doe, 7 July 2018`, `Published 7 July 2018 10:32 GMT`), or in a wire dateline opening a
 * paragraph (`BEIRUT, July 4 (Reuters) -`). A date inside a sentence (`talks on July 4`) is a fact
 * of the story and stays. `line`: the whole line is about publication (its time is no figure
 * either); `dateline`: only the date is, the paragraph goes on with the story.
 */
function publicationDate(text: string, start: number, end: number): 'line' | 'dateline' | undefined {
  const line = lineAround(text, start, end);
  const before = text.slice(line.start, start);
  const after = text.slice(end, line.end);
  // A wire dateline: a place in capitals, the date, the agency in brackets, a dash.
  if (/^\s*\p{Lu}[\p{Lu} .'-]*,\s*$/u.test(before) && /^\s*(?:\([^)]*\))?\s*[-–—:]/u.test(after)) return 'dateline';
  // Its time of day (`1: 32 PM`, `5: 03pm`) says nothing more than the date does.
  const timeless = (part: string) => clockTimes(part).reduceRight((t, c) => t.slice(0, c.start) + ' ' + t.slice(c.end), part);
  const rest = `${timeless(before)} ${timeless(after)}`.split(/[\s,|·•–—-]+/u).filter((w) => w !== '' && !/^[()[\]]+$/.test(w));
  if (rest.length === 0) return 'line';
  // A date alone on its line but for its weekday, time and zone (`Fri., May. 3, 2013 11: 45 AM PDT`).
  if (rest.length <= 4 && rest.every((w) => WEEKDAY.test(w) || ZONE.test(w))) return 'line';
  // A byline: `By` and a name of capitalised words, or publication words, and nothing else.
  if (rest.length > 12) return undefined;
  const byline = /^by$/i.test(rest[0]!);
  const publication =
    (byline || /^(?:published|updated|posted|first|last):?$/i.test(rest[0]!)) &&
    rest.every(
      (w) => PUBLICATION_WORDS.test(w.replace(/[.:]$/, '')) || WEEKDAY.test(w) || (byline && /^\p{Lu}[\p{L}.'’]*$/u.test(w))
    );
  return publication ? 'line' : undefined;
}

function dateFigure(text: string, start: number, end: number, year: number, month: number, day: number): Figure {
  const pad = (n: number) => String(n).padStart(2, '0');
  const normalized = month === 0 ? String(year) : `${year === 0 ? '-' : year}-${pad(month)}${day === 0 ? '' : `-${pad(day)}`}`;
  return {
    start,
    end,
    text: text.slice(start, end),
    category: 'date',
    value: year * 10000 + month * 100 + day,
    vague: false,
    unit: 'date',
    normalized
  };
}

interface Found {
  /** `undefined` when the words make a number that is not a figure (`2 min read`). */
  readonly figure: Figure | undefined;
  /** Index of the first word after the figure. */
  readonly next: number;
}

/** The figure whose number is word `i`, or `undefined` when word `i` is no number. */
function figureAt(text: string, words: readonly Token[], i: number): Found | undefined {
  const w = words[i]!;
  const raw = text.slice(w.start, w.end);
  // `[11]`, `19659002]` and `& # 39;` are footnotes, scraping residue and broken entities.
  if (text.charAt(w.start - 1) === '[' || text.charAt(w.end) === ']') return undefined;
  if (/&\s*#\s*$/.test(text.slice(Math.max(0, w.start - 4), w.start))) return undefined;

  // An age belongs to one person: lined up across a story's people it made false disagreements
  // (a deputy of 35 against a suspect of 29, review 17 #2), so it is no figure.
  const age = ageAt(text, words, i, raw);
  if (age !== undefined) return { figure: undefined, next: age };

  const hyphened = attributive(raw);
  if (hyphened !== undefined) return durationFigure(text, words, i, hyphened.value, hyphened.unit, hyphened.vague);

  let value = numberValue(raw);
  let vague = false;
  let next = i + 1;
  let scale = 1;
  if (value === undefined) {
    const v = VAGUE[w.norm] ?? (w.norm === 'tens' ? 10 : undefined);
    if (v === undefined) return undefined;
    value = v;
    vague = true;
  } else if (/^[a-z]+$/.test(w.norm) && value === 1 && !isUnitWord(words[i + 1])) return undefined;
  if (!vague && words[next] !== undefined && SCALES[words[next]!.norm] !== undefined && words[next]!.norm.length > 1) {
    scale = SCALES[words[next]!.norm]!;
    next++;
  }
  // `tens of thousands`, `hundreds of thousands`
  if (/^(?:tens|hundreds)$/.test(w.norm) && words[next]?.norm === 'of' && VAGUE[words[next + 1]?.norm ?? ''] !== undefined) {
    value = (w.norm === 'tens' ? 10 : 100) * VAGUE[words[next + 1]!.norm]!;
    next += 2;
  } else if (w.norm === 'tens') return undefined;
  value *= scale;
  if (!vague && /^\d{4}$/.test(raw) && value >= 1900 && value <= 2099 && !isCountedNoun(words[next])) {
    return { figure: dateFigure(text, w.start, w.end, value, 0, 0), next };
  }

  let max: number | undefined;
  const range = rangeAfter(text, words, next);
  if (range !== undefined) {
    max = range.value;
    next = range.next;
  }
  const qualifier = qualifierBefore(words, i);
  const opener = max !== undefined && words[i - 1]?.norm === 'between' ? words[i - 1]!.start : w.start;
  const start = Math.min(qualifier?.start ?? opener, currencyStart(text, qualifier?.start ?? opener, w.start) ?? opener);
  const currency = currencyBefore(text, w.start) ?? (isWeight(words, next) ? undefined : CURRENCY_WORDS[words[next]?.norm ?? '']);

  const percentEnd = percentAfter(text, words, w, next);
  let category: FigureCategory;
  let unit: string | undefined;
  let end = words[next - 1]!.end;
  let event: FigureEvent | undefined;
  if (percentEnd !== undefined) {
    category = 'percent';
    unit = 'percent';
    end = percentEnd.end;
    next = percentEnd.next;
  } else if (currency !== undefined) {
    category = 'money';
    unit = currency;
    if (CURRENCY_WORDS[words[next]?.norm ?? ''] !== undefined) end = words[next++]!.end;
  } else if (words[next] !== undefined && DURATION_UNITS[words[next]!.norm] !== undefined) {
    // `2 min read` is a reading-time label, not reporting.
    if (words[next + 1]?.norm === 'read') return { figure: undefined, next: next + 2 };
    return durationFigure(text, words, i, value, DURATION_UNITS[words[next]!.norm]!, vague, max, qualifier, start, next);
  } else {
    const noun = countedNoun(text, words, next);
    if (noun !== undefined) {
      unit = noun.unit;
      end = words[noun.index]!.end;
      next = noun.index + 1;
    }
    event = eventNear(words, i, next);
    // `thousands displaced`, `20 were killed`: people are meant when an event follows closely.
    const eventFollows = unit === undefined && event !== undefined && words.slice(next, next + 3).some(isEventWord);
    const people = eventFollows || (unit !== undefined && PEOPLE_NOUNS.has(unit));
    if (people) category = event === 'killed' ? 'casualties' : 'people';
    else if (unit !== undefined && PLACE_NOUNS.has(unit)) category = 'places';
    else category = 'count';
    if (category !== 'people' && category !== 'casualties') event = undefined;
    if (unit !== undefined && PLACE_NOUNS.has(unit)) unit = 'town';
  }
  const figure: Figure = {
    start,
    end,
    text: text.slice(start, end),
    category,
    value,
    vague,
    normalized: normalize(category, value, max, vague, qualifier?.qualifier, unit, event)
  };
  return { figure: withOptional(figure, max, qualifier?.qualifier, unit, event), next };
}

function durationFigure(
  text: string,
  words: readonly Token[],
  i: number,
  value: number,
  unit: string,
  vague: boolean,
  max?: number,
  qualifier = qualifierBefore(words, i),
  start = qualifier?.start ?? words[i]!.start,
  unitIndex = i
): Found {
  const end = words[unitIndex === i ? i : unitIndex]!.end;
  const figure: Figure = {
    start,
    end,
    text: text.slice(start, end),
    category: 'duration',
    value,
    vague,
    normalized: normalize('duration', value, max, vague, qualifier?.qualifier, unit, undefined)
  };
  return { figure: withOptional(figure, max, qualifier?.qualifier, unit, undefined), next: unitIndex + 1 };
}

/** `two-week`, `90-minute`, `hours-long`: a number and a time unit in one hyphenated word. */
function attributive(raw: string): { value: number; unit: string; vague: boolean } | undefined {
  if (!raw.includes('-')) return undefined;
  const m = /^([\p{L}\d.,]+)-(second|minute|hour|day|week|month|year|decade)(?:-long)?$/iu.exec(raw);
  if (m !== null) {
    const value = numberValue(m[1]!);
    return value === undefined ? undefined : { value, unit: m[2]!.toLowerCase(), vague: false };
  }
  const long = /^(second|minute|hour|day|week|month|year|decade)s-long$/i.exec(raw);
  return long === null ? undefined : { value: 1, unit: long[1]!.toLowerCase(), vague: true };
}

function isUnitWord(t: Token | undefined): boolean {
  return t !== undefined && DURATION_UNITS[t.norm] !== undefined;
}

function isCountedNoun(t: Token | undefined): boolean {
  return t !== undefined && (PEOPLE_NOUNS.has(t.norm) || PLACE_NOUNS.has(t.norm));
}

/** `between 270,000 and 330,000`, `270,000 to 330,000`: the upper end after the lower one. */
function rangeAfter(text: string, words: readonly Token[], next: number): { value: number; next: number } | undefined {
  const link = words[next];
  const upper = words[next + 1];
  if (link === undefined || upper === undefined || !/^(?:and|to)$/.test(link.norm)) return undefined;
  const value = numberValue(text.slice(upper.start, upper.end));
  if (value === undefined || /^[a-z]/.test(upper.norm)) return undefined;
  const between = words[next - 2]?.norm === 'between' || words[next - 3]?.norm === 'between';
  return between || link.norm === 'to' ? { value, next: next + 2 } : undefined;
}

function qualifierBefore(words: readonly Token[], i: number): { qualifier: Qualifier; start: number } | undefined {
  for (const [phrase, qualifier] of QUALIFIERS) {
    const parts = phrase.split(' ');
    const from = i - parts.length;
    if (from < 0) continue;
    if (parts.every((p, k) => words[from + k]!.norm === p)) return { qualifier, start: words[from]!.start };
  }
  return undefined;
}

function currencyBefore(text: string, at: number): string | undefined {
  const m = /(US\$|\$|€|£|¥|USD|EUR|GBP)\s?$/i.exec(text.slice(Math.max(0, at - 4), at));
  return m === null ? undefined : CURRENCY_SYMBOLS[m[1]!.toLowerCase()];
}

function currencyStart(text: string, from: number, at: number): number | undefined {
  const m = /(US\$|\$|€|£|¥|USD|EUR|GBP)\s?$/i.exec(text.slice(Math.max(0, at - 4), at));
  return m === null ? undefined : Math.min(from, at - m[0].length);
}

/** `60%`, `60 percent`, `60 per cent`, `60pc`: where the percent sign or words end. */
function percentAfter(text: string, words: readonly Token[], w: Token, next: number): { end: number; next: number } | undefined {
  if (/^\s?%/.test(text.slice(w.end, w.end + 2))) return { end: text.indexOf('%', w.end) + 1, next };
  const a = words[next]?.norm;
  if (a === 'percent' || a === 'pc' || a === 'pct') return { end: words[next]!.end, next: next + 1 };
  if (a === 'per' && words[next + 1]?.norm === 'cent') return { end: words[next + 1]!.end, next: next + 2 };
  return undefined;
}

/**
 * The noun a number counts: the next content word, stepping over `of` after vague amounts
 * (`thousands of people`) and over one describing word (`30 rebel towns`). Folded and singular.
 */
function countedNoun(text: string, words: readonly Token[], next: number): { unit: string; index: number } | undefined {
  let k = next;
  if (words[k]?.norm === 'of') k++;
  const first = words[k];
  if (first === undefined || !/^\p{L}+$/u.test(first.norm) || STOP_NOUN.test(first.norm)) return undefined;
  // `6, Waldie said`, `Orozco, 29, guilty`: a word past a comma or a bracket is not what is counted.
  if (next > 0 && /[,;:()[\]]/.test(text.slice(words[next - 1]!.end, first.start))) return undefined;
  // `two extremely impressionable girls`, `two very young girls`: an adverb is no noun.
  if (isAdverb(first.norm)) return undefined;
  const second = words[k + 1];
  if (second !== undefined && MODIFIERS.has(first.norm) && /^\p{L}+$/u.test(second.norm) && !STOP_NOUN.test(second.norm)) {
    return { unit: singular(second.norm), index: k + 1 };
  }
  if (/ed$/.test(first.norm) || isEventWord(first)) return undefined;
  return { unit: singular(first.norm), index: k };
}

/** Words ending in -ly that are nouns, not adverbs (`two families`, `three allies`). */
const LY_NOUNS =
  /^(?:family|families|ally|allies|rally|rallies|assembly|assemblies|supply|supplies|reply|replies|anomaly|anomalies|monopoly|monopolies|belly|bellies|bully|bullies|jelly|lily|fly)$/;

function isAdverb(norm: string): boolean {
  return /^(?:very|so|too|quite|rather|almost|just|only|even)$/.test(norm) || (/ly$/.test(norm) && !LY_NOUNS.test(norm));
}

/** Words of a sentence that make `pounds` a weight, not money (`5-foot-8, 135 pounds`, `weighing 130 pounds`). */
const WEIGHT_WORDS =
  /^(?:weigh|weighs|weighed|weighing|weight|weights|tall|foot|feet|inch|inches|lb|lbs|overweight|heavier|heaviest|ounce|ounces|kilo|kilos|kg)$/;

/** Whether word `next`, `pound(s)`, weighs rather than pays: a sentence speaking of weight or height. */
function isWeight(words: readonly Token[], next: number): boolean {
  return /^pounds?$/.test(words[next]?.norm ?? '') && words.some((t) => WEIGHT_WORDS.test(t.norm));
}

/**
 * The index after an age that starts at word `i`, or `undefined`: `21-year-old` as one word,
 * `35 years old` and ECB+'s spaced `27 - year - old`, and a bare number set off by commas after a
 * name or noun (`Jose Luis Orozco, 29, guilty`; `The deputy, 35, died`).
 */
function ageAt(text: string, words: readonly Token[], i: number, raw: string): number | undefined {
  if (/^[\p{L}\d]+-years?-old$/iu.test(raw)) return i + 1;
  if (/^(?:years?|yr)$/.test(words[i + 1]?.norm ?? '') && words[i + 2]?.norm === 'old') return i + 3;
  const n = Number(raw);
  if (
    /^\d{1,3}$/.test(raw) &&
    n > 0 &&
    n < 120 &&
    /\p{L}[.'’]?\s*,\s*$/u.test(text.slice(Math.max(0, words[i]!.start - 40), words[i]!.start))
  ) {
    if (/^\s*,/.test(text.slice(words[i]!.end, words[i]!.end + 3))) return i + 1;
  }
  return undefined;
}

/** Words after a number that are not what it counts. */
const STOP_NOUN =
  /^(?:a|an|the|and|or|to|in|on|at|of|for|by|with|from|as|is|are|was|were|be|been|have|has|had|will|would|that|which|who|per|than|more|after|before|since|ago|later|earlier|times|percent|cent|pc)$/;

function singular(norm: string): string {
  if (PEOPLE_NOUNS.has(norm) || PLACE_NOUNS.has(norm)) {
    const irregular: Record<string, string> = {
      children: 'child',
      women: 'woman',
      men: 'man',
      people: 'person',
      policemen: 'policeman',
      cities: 'city',
      families: 'family',
      casualties: 'casualty'
    };
    return irregular[norm] ?? inflectionStem(norm);
  }
  return inflectionStem(norm);
}

function isEventWord(t: Token): boolean {
  return EVENT_WORDS.some(([re]) => re.test(t.norm));
}

/** The event of the sentence nearest a figure: after it first (`140 civilians have died`), then before. */
function eventNear(words: readonly Token[], i: number, next: number): FigureEvent | undefined {
  const look = (k: number) => EVENT_WORDS.find(([re]) => re.test(words[k]?.norm ?? ''))?.[1];
  for (let k = next - 1; k < Math.min(words.length, next + 8); k++) {
    const e = look(k);
    if (e !== undefined) return e;
  }
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const e = look(k);
    if (e !== undefined) return e;
  }
  return undefined;
}

function normalize(
  category: FigureCategory,
  value: number,
  max: number | undefined,
  vague: boolean,
  qualifier: Qualifier | undefined,
  unit: string | undefined,
  event: FigureEvent | undefined
): string {
  const n = (x: number) => String(x);
  const amount = max === undefined ? n(value) : `${n(value)}-${n(max)}`;
  const head = vague ? `at least ${amount}` : qualifier === undefined ? amount : `${qualifier} ${amount}`;
  if (category === 'percent') return `${head}%`;
  if (category === 'money') return `${head} ${unit ?? ''}`.trim();
  const tail = unit === undefined ? '' : ` ${unit}`;
  return `${head}${tail}${event === undefined ? '' : ` (${event})`}`;
}

function withOptional(
  f: Figure,
  max: number | undefined,
  qualifier: Qualifier | undefined,
  unit: string | undefined,
  event: FigureEvent | undefined
): Figure {
  return {
    ...f,
    ...(max === undefined ? {} : { max }),
    ...(qualifier === undefined ? {} : { qualifier }),
    ...(unit === undefined ? {} : { unit }),
    ...(event === undefined ? {} : { event })
  };
}
