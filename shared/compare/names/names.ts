/**
 * People, places and organisations named in a text, found without a trained model.
 *
 * Heuristics, in order:
 * 1. A name is a run of capitalised words on one line, joined only by spaces. Particles may sit
 *    inside it (`Bashar al-Assad`, `Busra Al Sham`, `Ghariyah ash Sharqiyah`), and `of`/`for`
 *    (+ `the`) between capitalised words (`Syrian Observatory for Human Rights`).
 * 2. A possessive ends the name (`Assad's forces`, `HRW's Lama Fakih`); a hyphenated adjective is
 *    no name (`Israeli-occupied`, `Britain-based`); days, months and page labels are stop-capitals.
 * 3. The first word of a sentence (or of a quote) is capitalised anyway: it is dropped when it is
 *    a common word (a function word, or seen in lower case in the texts), and a lone first word
 *    is kept only when the texts also capitalise it mid-sentence (`Moscow`, not `Rebels`).
 * 4. Titles are stripped and make the name a person (`Jordanian Foreign Minister Ayman Safadi` →
 *    `Ayman Safadi`); a lone nationality before a noun is an adjective (`Syrian rebels`), and a
 *    nationality or people word alone is no name at all (`Russian`, `Syrians`, `Kazakh`:
 *    `demonyms.ts`), nor is an acronym of a common noun (`IDP`, `IDPs`, `NGOs`).
 * 5. All-capital words longer than five letters are labels or photographer credits (`TOPSHOT`),
 *    except a dateline opening a paragraph (`BEIRUT:`); title-case lines (headlines) are skipped.
 * 6. Kind: organisation words (`Council`, `Watch`, `Observatory`), acronyms and platforms
 *    (`Twitter`) → organisation;
 *    titles, role nouns before the name (`opposition official Ali Salhadi`) → person; place words
 *    (`Heights`, `Province`), countries, and prepositions (`in Daraa`) → place; otherwise unknown.
 */
import { agencyName } from '@shared/import/agencies';
import type { Token } from '@shared/text/tokens';
import { sentencesOf, tokensOf } from '../analysis/tokenCache';
import { STOPWORDS } from '@shared/text/stopwords';
import { itemsBySpan, splitParagraphs } from '../analysis/spans';
import { isDemonymWord } from './demonyms';
import { directionFirst, personCue, placeAfter, placeIntroduced, roleAfter } from './kindCues';
import {
  CAPITAL_LABELS,
  COMMON_ACRONYMS,
  CONNECTORS,
  KNOWN_PLACES,
  ORGANISATION_WORDS,
  PARTICLES,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  PLATFORMS,
  ROLE_NOUNS,
  STATE_ABBREVIATIONS,
  STOP_CAPITALS,
  TITLE_MODIFIERS,
  TITLES
} from './namesLexicon';

/** What a name names. */
export type NameKind = 'person' | 'place' | 'organisation' | 'unknown';

/** One mention of a name. Offsets are UTF-16 units into the text as given. */
export interface NameMention {
  /** Start of the name, after any title (`Mr`, `President`). */
  readonly start: number;
  /** End of the name, before any possessive `'s`. */
  readonly end: number;
  /** The name as written: `text.slice(start, end)`. */
  readonly text: string;
  /** What this mention's context says it names. */
  readonly kind: NameKind;
  /** How strong that evidence is: 1 for words of the name or a title, 0.5 for a preposition before it, 0 for none. */
  readonly evidence: number;
}

/** What a collection says about capitalisation, for the sentence-start rule (heuristic 3). */
export interface CapitalEvidence {
  /** Folded words seen in lower case. */
  readonly lower: ReadonlySet<string>;
  /** Folded words seen capitalised away from a sentence start. */
  readonly midCapital: ReadonlySet<string>;
}

/** Gathers {@link CapitalEvidence} over texts (all the sources compared, so they inform each other). */
export function capitalEvidence(texts: readonly string[]): CapitalEvidence {
  const lower = new Set<string>();
  const midCapital = new Set<string>();
  for (const text of texts) {
    const sentences = sentencesOf(text);
    for (const words of itemsBySpan(tokensOf(text), sentences)) {
      words.forEach((w, i) => {
        const raw = text.slice(w.start, w.end);
        if (/^\p{Ll}/u.test(raw)) lower.add(bare(w.norm));
        else if (/^\p{Lu}/u.test(raw) && i > 0 && !opensClause(text, w.start)) midCapital.add(bare(w.norm));
      });
    }
  }
  return { lower, midCapital };
}

/**
 * Every name mentioned in a text, in text order (see the module comment for the rules).
 *
 * @param evidence capitalisation seen across the texts being compared; defaults to this text's own.
 * @example extractNames('Spokesman Ibrahim Jabbawi said talks in Daraa failed.').map(n => n.text) // ['Ibrahim Jabbawi', 'Daraa']
 */
export function extractNames(text: string, evidence: CapitalEvidence = capitalEvidence([text])): NameMention[] {
  const out: NameMention[] = [];
  const tokens = tokensOf(text);
  const skipLines = splitParagraphs(text).filter((p) => isTitleCase(text.slice(p.start, p.end)));
  const sentences = sentencesOf(text);
  const bySentence = itemsBySpan(tokens, sentences);
  for (const [n, s] of sentences.entries()) {
    if (skipLines.some((p) => s.start >= p.start && s.end <= p.end)) continue;
    const words = bySentence[n]!;
    let i = 0;
    while (i < words.length) {
      const run = runAt(text, words, i);
      if (run === undefined) {
        i++;
        continue;
      }
      const title = workTitleEnd(text, words, i);
      if (title !== undefined) {
        i = title;
        continue;
      }
      const mention = toMention(text, words, i, run, s.start, evidence);
      if (mention !== undefined) out.push(mention);
      i = run;
    }
  }
  return out;
}

/** Whether a token is a capitalised word that may be (part of) a name. */
function isCapital(text: string, t: Token): boolean {
  const raw = text.slice(t.start, t.end);
  if (/^(?:al|el|ad|ash|as|an|ar|at|az)-\p{Lu}/u.test(raw)) return true;
  if (!/^\p{Lu}/u.test(raw) || STOP_CAPITALS.has(bare(t.norm))) return false;
  if (raw === raw.toUpperCase() && CAPITAL_LABELS.has(t.norm)) return false;
  if (/-\p{Ll}/u.test(raw)) return false;
  const letters = raw.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 && !/^\p{Lu}\./u.test(raw)) return false;
  if (letters.length > 5 && letters === letters.toUpperCase()) return isDateline(text, t);
  // `EastWar`, `NewArab`: words run together by scraping (but `McCain`, `MacArthur`).
  if (/\p{Ll}\p{Lu}/u.test(raw) && !/^Ma?c\p{Lu}\p{Ll}+$/u.test(raw)) return false;
  return true;
}

function isDateline(text: string, t: Token): boolean {
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  return text.slice(lineStart, t.start).trim() === '' && /^\s*(?:[:(,]|[-–—]\s)/.test(text.slice(t.end, t.end + 3));
}

/** Whether only spaces separate two tokens (no punctuation, no line break). */
function joined(text: string, a: Token, b: Token): boolean {
  return /^ +$/.test(text.slice(a.end, b.start));
}

function possessive(text: string, t: Token): boolean {
  return /['\u2019]s$/u.test(text.slice(t.start, t.end)) || /^['\u2019](?!\p{L})/u.test(text.slice(t.end, t.end + 2));
}

/** The index one past the run of name words starting at `i`, or `undefined` if none starts there. */
function runAt(text: string, words: readonly Token[], i: number): number | undefined {
  if (!isCapital(text, words[i]!)) return undefined;
  let end = i + 1;
  while (end < words.length && !possessive(text, words[end - 1]!)) {
    const next = words[end]!;
    const prev = words[end - 1]!;
    // `Mr. Jabbawi`, `Gen. Smith`: a title's full stop does not break the name.
    const afterTitle = TITLES.has(prev.norm) && /^\. +$/.test(text.slice(prev.end, next.start));
    if (!joined(text, prev, next) && !afterTitle) break;
    if (isCapital(text, next)) {
      end++;
      continue;
    }
    // A particle or connector joins only when a capitalised word follows it.
    // `of`/`for` only after an organisation or place word: `Bank of England`, not `Lama Fakih of HRW`.
    let k = end;
    if (PARTICLES.has(next.norm)) k = end + 1;
    else if (CONNECTORS.has(next.norm) && (ORGANISATION_WORDS.has(prev.norm) || PLACE_WORDS.has(prev.norm))) {
      k = words[end + 1]?.norm === 'the' ? end + 2 : end + 1;
    }
    if (k === end) break;
    const after = words[k];
    if (
      after === undefined ||
      !joined(text, words[k - 1]!, after) ||
      !isCapital(text, after) ||
      !/^\p{Lu}/u.test(text.slice(after.start, after.end))
    )
      break;
    end = k + 1;
  }
  return end;
}

/** Whether the word at `at` opens a sentence-like unit: a quote, a clause after a colon, a dash or a bracket. */
function opensClause(text: string, at: number): boolean {
  return /(?:^|[\n"\u201c\u2018'([:\u2013\u2014-]\s*)$/u.test(text.slice(Math.max(0, at - 3), at));
}

function toMention(
  text: string,
  words: readonly Token[],
  from: number,
  to: number,
  sentenceStart: number,
  evidence: CapitalEvidence
): NameMention | undefined {
  let i = from;
  const first = words[from]!;
  const initial = first.start === sentenceStart || opensClause(text, first.start);
  const common = (t: Token) => STOPWORDS.has(bare(t.norm)) || evidence.lower.has(bare(t.norm));
  const midCapital = (t: Token) => evidence.midCapital.has(bare(t.norm));
  if (to - from === 1) {
    // A lone capitalised word: a name only if never written in lower case, and, at a sentence
    // start, if the texts capitalise it elsewhere too.
    if (common(first) || (initial && !midCapital(first))) return undefined;
  } else if (initial && !midCapital(first) && !TITLES.has(first.norm)) {
    // `Forces of Bashar al-Assad`: a sentence-initial noun and its `of` are not part of the name.
    let k = i + 1;
    if (CONNECTORS.has(words[k]!.norm)) k += words[k + 1]?.norm === 'the' ? 2 : 1;
    if (k > i + 1 && k < to) i = k;
    else if (common(first)) i++;
  }
  if (
    words.slice(i, to).every(common) &&
    !words.slice(i, to).some((w) => ORGANISATION_WORDS.has(w.norm) || PLACE_WORDS.has(w.norm))
  ) {
    // `Final Answer`, `Threatened Negotiations`: ordinary words in title case.
    return undefined;
  }
  // Titles, and nationalities or other capitalised words before them, are not the name.
  let titled = false;
  for (let k = i; k < to - 1; k++) {
    if (TITLES.has(words[k]!.norm)) {
      titled = true;
      i = k + 1;
    } else if ((!isDemonym(words[k]!.norm) && !TITLE_MODIFIERS.has(words[k]!.norm)) || !TITLES.has(words[k + 1]?.norm ?? ''))
      break;
  }
  if (i >= to) return undefined;
  while (i < to && PARTICLES.has(words[i]!.norm) && !/^\p{Lu}/u.test(text.slice(words[i]!.start, words[i]!.end))) i++;
  if (i >= to) return undefined;
  const last = words[to - 1]!;
  const start = words[i]!.start;
  const rawLast = text.slice(last.start, last.end);
  const end = last.end - (/['\u2019]s$/u.test(rawLast) ? 2 : 0);
  const name = text.slice(start, end);
  const single = to - i === 1;
  const next = words[to];
  // `Syrian rebels`, `Russian delegation`: a nationality used as an adjective.
  if (
    single &&
    isDemonym(words[i]!.norm) &&
    next !== undefined &&
    joined(text, last, next) &&
    /^\p{Ll}/u.test(text.slice(next.start, next.end)) &&
    !STOPWORDS.has(next.norm)
  ) {
    return undefined;
  }
  if (single && TITLES.has(words[i]!.norm)) return undefined;
  // `Rancho Mirage, Calif.`: the state of the place before it.
  if (single && STATE_ABBREVIATIONS.has(words[i]!.norm) && text.charAt(last.end) === '.') return undefined;
  // `Russian`, `Syrians`, `Kazakh` alone name no one and nowhere; `IDPs`, `NGOs`: a name is never
  // counted in the plural, so an acronym with a plural `s` is a common noun, as is `IDP` itself.
  if (single && (isDemonymWord(bare(words[i]!.norm)) || isCommonAcronym(name))) return undefined;
  const { kind, weight } = kindOf(text, words, i, to, titled);
  return { start, end, text: name, kind, evidence: weight };
}

/** What a work's title may stand before to name a person by it: `the Liz & Dick star`. */
const WORK_ROLE = /^(?:star|stars|actress|actor|author|writer|director|singer|co-star|creator|producer|host)$/;
const CAPITALISED_RUN = String.raw`\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*)*`;
/** Two capitalised runs joined by `&`, the way films and shows are named (`Liz & Dick`, `Law & Order`). */
const AMPERSAND_TITLE = new RegExp(String.raw`^${CAPITALISED_RUN}\s*&\s*${CAPITALISED_RUN}`, 'u');

/**
 * The index past a work's title starting at word `i`, or `undefined` when none starts there: two
 * capitalised runs joined by `&` after a determiner and before a role in the work (`the Liz & Dick
 * star`). Its words are a title, not two people (review 16, #6).
 */
function workTitleEnd(text: string, words: readonly Token[], i: number): number | undefined {
  if (!/\b(?:the|a|an|her|his|their)\s+$/i.test(text.slice(Math.max(0, words[i]!.start - 8), words[i]!.start))) return undefined;
  const m = AMPERSAND_TITLE.exec(text.slice(words[i]!.start, words[i]!.start + 120));
  if (m === null) return undefined;
  const end = words[i]!.start + m[0].length;
  let k = i;
  while (k < words.length && words[k]!.start < end) k++;
  return words[k] !== undefined && WORK_ROLE.test(words[k]!.norm) ? k + 1 : undefined;
}

/** A folded word without its possessive ending (`daraa's` → `daraa`). */
function bare(norm: string): string {
  return norm.replace(/'s?$/, '');
}

/** Nationalities ending in -i, listed: the ending alone would take in names (`Jabbawi`, `Safadi`). */
const DEMONYMS_IN_I = new Set(
  'israeli iraqi pakistani saudi kuwaiti yemeni qatari omani emirati bahraini somali bangladeshi nepali afghani azerbaijani thai'.split(
    ' '
  )
);

function isDemonym(norm: string): boolean {
  return (/(?:ian|ean|ese|ish|can)$/.test(norm) && norm.length > 4) || DEMONYMS_IN_I.has(norm) || isDemonymWord(norm);
}

/** `IDPs`, `NGOs`, `IDP`: an acronym counted in the plural, or one of a common noun. */
function isCommonAcronym(name: string): boolean {
  return /^\p{Lu}{2,}s$/u.test(name) || COMMON_ACRONYMS.has(name.toLowerCase());
}

function kindOf(
  text: string,
  words: readonly Token[],
  from: number,
  to: number,
  titled: boolean
): { kind: NameKind; weight: number } {
  const norms = words.slice(from, to).map((w) => w.norm.replace(/'s$/, ''));
  const name = text.slice(words[from]!.start, words[to - 1]!.end).replace(/['\u2019]s$/u, '');
  if (norms.some((n) => ORGANISATION_WORDS.has(n)) || agencyName(name) !== undefined) return { kind: 'organisation', weight: 1 };
  if (norms.length === 1 && PLATFORMS.has(norms[0]!)) return { kind: 'organisation', weight: 1 };
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && !/\s/.test(name)) {
    return KNOWN_PLACES.has(letters.toLowerCase()) || /^(?:US|USA|UK|UAE)$/.test(letters)
      ? { kind: 'place', weight: 1 }
      : { kind: 'organisation', weight: 1 };
  }
  const before = words[from - 1];
  if (titled || (before !== undefined && ROLE_NOUNS.has(before.norm)) || roleAfter(text, words, to))
    return { kind: 'person', weight: 1 };
  if (PLACE_WORDS.has(norms[norms.length - 1]!) || norms.some((n) => KNOWN_PLACES.has(n)) || directionFirst(norms))
    return { kind: 'place', weight: 1 };
  if (placeAfter(words, to) || placeIntroduced(words, from)) return { kind: 'place', weight: 1 };
  const prep = before?.norm === 'the' ? words[from - 2] : before;
  if (prep !== undefined && PLACE_PREPOSITIONS.has(prep.norm)) return { kind: 'place', weight: 0.5 };
  const after = words[to];
  if (to - from >= 2 && after !== undefined && /^(?:said|says|told|added)$/.test(after.norm))
    return { kind: 'person', weight: 0.5 };
  if (personCue(text, words, from, to)) return { kind: 'person', weight: 0.5 };
  return { kind: 'unknown', weight: 0 };
}

/**
 * A headline in title case (`Syrian Rebels And Russia Deal Breaks Down`) capitalises everything.
 * NB: a sentence full of names (`Jordanian Foreign Minister Ayman Safadi was in Moscow…`) is
 * mostly capitals too, but it ends with a full stop.
 */
function isTitleCase(line: string): boolean {
  if (/[.!?]["'\u201d\u2019]?$/u.test(line.trim())) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 4) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.8;
}
