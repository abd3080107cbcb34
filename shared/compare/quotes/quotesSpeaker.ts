/**
 * Who a quote is attributed to, read from the words around it. Patterns, tried in order:
 *
 * 1. after the quote, speaker then verb: `"…," the command said` / `"…," Jabbawi told AFP`
 * 2. after the quote, verb then speaker: `"…," said HRW's Lama Fakih`
 * 3. later in the sentence: `They "ask …" for their lives, said opposition official Ali Salhadi.`
 * 4. before the quote, at the sentence start: `Spokesman Ibrahim Jabbawi said the talks had not produced "any results"`
 * 5. `according to X` anywhere in the sentence.
 *
 * Before the quote, the clause holding it comes first: in `Prosecutor Terry White told The Post after
 * a hearing — where Lohan's lawyer Mark Heller said she was "ensconced …"`, the words are Heller's,
 * not those of the sentence's subject (review 16, #2).
 *
 * Pronouns (`it said`, `he added`) end the search with no speaker: resolving them is coreference,
 * which a heuristic would get wrong more often than right.
 */
import { ABBREVIATIONS } from '@shared/text/sentences';
import type { Span } from '../analysis/spans';

const VERBS =
  'said|says|say|told|tells|added|adds|stated|states|warned|warns|declared|declares|insisted|insists|' +
  'explained|explains|noted|notes|wrote|writes|tweeted|tweets|announced|announces|stressed|stresses|' +
  'argued|argues|claimed|claims|asked|asks|replied|replies|continued|continues|urged|urges|' +
  'demanded|demands|recalled|recalls|conceded|concedes|admitted|admits|acknowledged|acknowledges|posted';
const WORD = "[\\p{L}\\p{N}'\u2019.\\-]+";
/** A speaker phrase in front of its verb: up to eight words, no punctuation between them. */
const SPEAKER = `((?:${WORD}\\s+){0,7}?${WORD})`;
/** A speaker phrase after its verb: up to eight words, ended by punctuation. */
const SPEAKER_AFTER = `(${WORD}(?:\\s+${WORD}){0,7})`;
const ADVERB = '(?:also\\s+|later\\s+|then\\s+|had\\s+|has\\s+|have\\s+|previously\\s+)?';

const SPEAKER_THEN_VERB = new RegExp(`^\\s*[,.!?]?\\s*${SPEAKER}\\s+${ADVERB}(?:${VERBS})\\b`, 'u');
const VERB_THEN_SPEAKER = new RegExp(`^\\s*[,.!?]?\\s*(?:${VERBS})\\s+${SPEAKER_AFTER}`, 'u');
const LATER_VERB_SPEAKER = new RegExp(`[,;]\\s+(?:${VERBS})\\s+${SPEAKER_AFTER}`, 'u');
const LATER_SPEAKER_VERB = new RegExp(`[,;]\\s+${SPEAKER}\\s+${ADVERB}(?:${VERBS})\\b`, 'u');
/** At the sentence start, after an optional `On Wednesday,` and with an optional `, meanwhile,`. */
const SENTENCE_SUBJECT = new RegExp(
  `^(?:[^,"\u201c\u201d]{1,40},\\s+)?${SPEAKER}(?:,\\s+[\\p{L}\\s]{1,25},)?\\s+${ADVERB}(?:${VERBS})\\b`,
  'u'
);
const ACCORDING_TO = new RegExp(`\\baccording to\\s+${SPEAKER_AFTER}`, 'u');

const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'one']);
const DETERMINERS = /^(?:the|a|an|its|their|his|her|our|one|two|three|several|some|many)$/i;
/** Words that end a speaker phrase read after the verb (`said Ali Salhadi in a statement`), but `a source close to the talks`. */
const PHRASE_END =
  /(?:\s+(?:in|on|at|during|after|before|while|when|from|via|through|as|who|which|that|and|but)|(?<!\bclose)\s+to)\s.*$/u;

/**
 * The speaker of the quote whose marks span `marks` (opening mark to one past the closing mark),
 * as written but for abbreviated titles in front (`Dist. Atty. Steve Cooley` → `Steve Cooley`), or
 * `undefined` when the sentence names none.
 */
export function findSpeaker(text: string, marks: Span): string | undefined {
  const written = speakerAsWritten(text, marks);
  return written === undefined ? undefined : withoutTitles(written);
}

/** Titles kept in front of a name: they are how the name is written (`Mr Jabbawi`, `Dr. Fakih`). */
const KEPT_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'st']);

/**
 * A speaker without the abbreviated titles and ranks it starts with (`Dist. Atty.`, `Sgt.`,
 * `Gov.`), which say what the person is, not who: the name is what the other sources write too.
 */
function withoutTitles(speaker: string): string {
  const words = speaker.split(/\s+/u);
  let from = 0;
  while (from < words.length - 1) {
    const title = /^(\p{L}+)\.$/u.exec(words[from]!)?.[1]?.toLowerCase();
    if (title === undefined || !ABBREVIATIONS.has(title) || KEPT_TITLES.has(title)) break;
    from++;
  }
  return words.slice(from).join(' ');
}

/**
 * True when the full stop at `dot` ends an abbreviated title or a capital initial (`Dist.`,
 * `Atty.`, `J.`), not a sentence: `said Dist. Atty. Steve Cooley.` is one sentence (review 17, #6:
 * its speaker was read as `Dist`).
 */
function titleDot(text: string, dot: number): boolean {
  const word = /(?:^|[^\p{L}.])(\p{L}+)$/u.exec(text.slice(Math.max(0, dot - 16), dot))?.[1];
  if (word === undefined) return false;
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

function speakerAsWritten(text: string, marks: Span): string | undefined {
  const lineStart = text.lastIndexOf('\n', marks.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', marks.end);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  const trailer = sentenceRest(text.slice(marks.end, lineEnd));
  const head = sentenceHead(text.slice(lineStart, marks.start));

  const first = SPEAKER_THEN_VERB.exec(trailer);
  if (first?.[1] !== undefined) {
    const verdict = judge(first[1]);
    if (verdict !== 'reject') return verdict === 'pronoun' ? undefined : verdict;
  }
  for (const re of [VERB_THEN_SPEAKER, LATER_VERB_SPEAKER]) {
    const m = re.exec(trailer);
    const s = m?.[1] === undefined ? undefined : judge(m[1].replace(PHRASE_END, ''));
    if (s === 'pronoun') return undefined;
    if (s !== undefined && s !== 'reject') return s;
  }
  const later = LATER_SPEAKER_VERB.exec(trailer);
  const laterSpeaker = later?.[1] === undefined ? undefined : judge(later[1]);
  if (laterSpeaker !== undefined && laterSpeaker !== 'reject' && laterSpeaker !== 'pronoun') return laterSpeaker;

  const nearest = clauseHead(head);
  if (nearest !== undefined) {
    const own = SENTENCE_SUBJECT.exec(nearest);
    const o = own?.[1] === undefined ? undefined : judgeSubject(subjectPhrase(own[1]));
    if (o === 'pronoun') return undefined;
    if (o !== undefined && o !== 'reject') return o;
  }

  const subject = SENTENCE_SUBJECT.exec(head);
  const s = subject?.[1] === undefined ? undefined : judgeSubject(subjectPhrase(subject[1]));
  if (s === 'pronoun') return undefined;
  if (s !== undefined && s !== 'reject') return s;

  const according = ACCORDING_TO.exec(`${head} ${trailer}`);
  const a = according?.[1] === undefined ? undefined : judge(according[1].replace(PHRASE_END, ''));
  return a === undefined || a === 'reject' || a === 'pronoun' ? undefined : a;
}

/**
 * A candidate speaker kept as written, or why not: a pronoun, or a phrase that cannot be a speaker.
 * A speaker names someone (`opposition official Ali Salhadi`) or starts like a noun phrase
 * (`the source`); `later on Twitter` does neither.
 */
function judge(phrase: string): string | 'pronoun' | 'reject' {
  const p = phrase.trim().replace(/[.,]+$/, '');
  const first = p.split(/\s+/)[0] ?? '';
  if (PRONOUNS.has(p.toLowerCase())) return 'pronoun';
  if (CLAUSE_BREAK.test(first) || NOT_A_SUBJECT.test(first)) return 'reject';
  if (/(?:^|\s)\p{Lu}/u.test(p) || DETERMINERS.test(first)) return p;
  return 'reject';
}

/** Prepositions and adverbs a subject never starts with. */
const NOT_A_SUBJECT =
  /^(?:in|on|at|of|for|by|with|from|to|into|about|also|later|then|now|today|yesterday|previously|meanwhile|however)$/i;

/**
 * {@link judge} for the subject of a sentence, which may be a plain plural (`rebels say`,
 * `officials said`) as long as it is short and does not start like an adverbial.
 */
function judgeSubject(phrase: string): string | 'pronoun' | 'reject' {
  const verdict = judge(phrase);
  if (verdict !== 'reject') return verdict;
  const words = phrase.trim().split(/\s+/);
  return words.length <= 4 && !NOT_A_SUBJECT.test(words[0] ?? '') ? phrase.trim() : 'reject';
}

/** Words that cannot stand inside the subject of a verb of saying: the subject starts after them. */
const CLAUSE_BREAK =
  /^(?:after|before|as|when|while|that|and|but|if|because|since|so|then|where|which|who|although|though|whereas|once|until)$/i;

/**
 * The subject right before the verb: `Regime pounds south Syria after rebels` (say …) → `rebels`.
 * A sentence-initial phrase can hold a whole clause; the speaker is only its last noun phrase.
 */
function subjectPhrase(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  let from = words.length - 1;
  while (from > 0 && !CLAUSE_BREAK.test(words[from - 1] ?? '')) from--;
  return words.slice(from).join(' ');
}

/** Text after a closing mark up to the end of its sentence. */
function sentenceRest(after: string): string {
  for (const end of after.matchAll(/[.!?](?=\s+[\p{Lu}"\u201c]|\s*$)/gu)) {
    if (end[0] === '.' && titleDot(after, end.index)) continue;
    return after.slice(0, end.index + 1);
  }
  return after;
}

/**
 * The last clause of a sentence head, after its last dash, semicolon or opening bracket: an aside
 * with its own speaker (`— where Heller said she was`); `undefined` when the head has no such break.
 */
function clauseHead(head: string): string | undefined {
  let start: number | undefined;
  for (const m of head.matchAll(/\s[—–-]\s|[—;(]/gu)) start = m.index + m[0].length;
  return start === undefined ? undefined : head.slice(start).trimStart();
}

/** Text from the start of the sentence to an opening mark. */
function sentenceHead(before: string): string {
  let start = 0;
  for (const m of before.matchAll(/[.!?]["'\u201d\u2019]?\s+(?=[\p{Lu}"\u201c])/gu)) {
    if (m[0].startsWith('.') && m[0].trim() === '.' && titleDot(before, m.index)) continue;
    start = m.index + m[0].length;
  }
  return before.slice(start);
}
