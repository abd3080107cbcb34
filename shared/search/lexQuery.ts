import type { FilterField } from './types';
import { isFilterAttempt, unknownFieldNote } from './unknownField';

/**
 * Fields a `key:` prefix can name. Another `word:value` is left out with a note (unknownField.ts);
 * `10:30`, `http://…` and a colon with nothing after it stay plain words.
 */
export type FieldKey = FilterField | 'date' | 'title' | 'in';

/** One piece of a query as the lexer sees it. */
export type QueryToken =
  | { readonly t: 'word'; readonly text: string; readonly prefix: boolean }
  | { readonly t: 'phrase'; readonly text: string; readonly prefix: boolean }
  | { readonly t: 'lparen' }
  | { readonly t: 'rparen' }
  /** `NEAR(` — the parenthesis is part of the token, as in FTS5. */
  | { readonly t: 'near' }
  /** A comma inside `NEAR(…)`, before the distance. */
  | { readonly t: 'comma' }
  | { readonly t: 'or' }
  | { readonly t: 'and' }
  | { readonly t: 'not' }
  /** A `-` glued to what follows (`-Reuters`, `-"al Sham"`, `-(a OR b)`). */
  | { readonly t: 'minus' }
  /** `outlet:` and friends; `valued` when a value token follows without a space. */
  | { readonly t: 'field'; readonly key: FieldKey; readonly valued: boolean };

const FIELD_KEYS: ReadonlySet<string> = new Set(['outlet', 'author', 'title', 'date', 'lang', 'tag', 'story', 'in']);
const FIELD = /^([A-Za-z]+):/;
const OPERATORS: Readonly<Record<string, QueryToken>> = { OR: { t: 'or' }, AND: { t: 'and' }, NOT: { t: 'not' } };
/** Curly and full-width double quotes, which phones and word processors type for `"`. */
const QUOTES = /[\u201c\u201d\u201e\u201f\uff02]/g;
/**
 * Control characters and lone surrogates: never meant, and a NUL would end the FTS5 query
 * string early ("unterminated string").
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it removes
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPACE = /\s/;

/**
 * Splits a query into tokens. Never throws: characters that cannot start anything (an unmatched
 * `"`, a lone `-` or `*`) are dropped with a note.
 *
 * @example lexQuery('-"al Sham" negotiat*', []) // [minus, phrase 'al Sham', word 'negotiat' (prefix)]
 */
export function lexQuery(input: string, notes: string[]): QueryToken[] {
  const s = input.replace(QUOTES, '"').replace(UNSAFE, ' ');
  const tokens: QueryToken[] = [];
  // Inside NEAR( the comma separates the distance, so it ends words there and nowhere else:
  // elsewhere `1,400` is one number.
  let inNear = false;
  let i = 0;
  const isStop = (ch: string | undefined): boolean =>
    ch === undefined || SPACE.test(ch) || ch === '"' || ch === '(' || ch === ')' || (inNear && ch === ',');

  while (i < s.length) {
    const ch = s.charAt(i);
    if (SPACE.test(ch)) {
      i++;
    } else if (ch === '(') {
      tokens.push({ t: 'lparen' });
      i++;
    } else if (ch === ')') {
      tokens.push({ t: 'rparen' });
      inNear = false;
      i++;
    } else if (ch === ',' && inNear) {
      tokens.push({ t: 'comma' });
      i++;
    } else if (ch === '"') {
      i = lexPhrase(s, i, tokens, notes);
    } else if (ch === '-') {
      while (s.charAt(i) === '-') i++;
      const next = s.charAt(i);
      if (next === '' || SPACE.test(next) || next === ')')
        notes.push('Ignored a lone -: put it right before a word to leave that word out, like -Reuters.');
      else tokens.push({ t: 'minus' });
    } else {
      const start = i;
      while (!isStop(s[i])) i++;
      const raw = s.slice(start, i);
      if (raw === 'NEAR' && s[i] === '(') {
        tokens.push({ t: 'near' });
        inNear = true;
        i++;
        continue;
      }
      const op = OPERATORS[raw];
      if (op) {
        tokens.push(op);
        continue;
      }
      const field = FIELD.exec(raw);
      const key = field?.[1]?.toLowerCase();
      if (field && key !== undefined && FIELD_KEYS.has(key)) {
        let value = raw.slice(field[0].length);
        // `title:-word` reads as "title without word", the way `-title:word` does.
        const dashes = /^-+/.exec(value);
        if (dashes) {
          tokens.push({ t: 'minus' });
          value = value.slice(dashes[0].length);
        }
        if (key === 'title' && value === 'NEAR' && s[i] === '(') {
          tokens.push({ t: 'field', key: 'title', valued: true }, { t: 'near' });
          inNear = true;
          i++;
          continue;
        }
        const valueTokens: QueryToken[] = [];
        if (value !== '') pushWord(value, valueTokens, notes);
        // `outlet:*` has no value left once the star is dropped: the next word is not its value.
        const valued = valueTokens.length > 0 || (value === '' && (s[i] === '"' || s[i] === '('));
        tokens.push({ t: 'field', key: key as FieldKey, valued }, ...valueTokens);
        continue;
      }
      if (field && key !== undefined && isFilterAttempt(field[1] as string, raw.slice(field[0].length))) {
        // NB: left out, not searched as words: `before 2018 07 05` found nothing, and the zero
        // read as "no coverage". A `-` before it has nothing left to leave out.
        notes.push(unknownFieldNote(field[1] as string, raw.slice(field[0].length)));
        if (tokens.at(-1)?.t === 'minus') tokens.pop();
        continue;
      }
      pushWord(raw, tokens, notes);
    }
  }
  return tokens;
}

/** Reads `"…"` (and a `*` after it) from the quote at `i`; returns where lexing goes on. */
function lexPhrase(s: string, i: number, tokens: QueryToken[], notes: string[]): number {
  const close = s.indexOf('"', i + 1);
  if (close < 0) {
    notes.push('Ignored an unmatched ": searched the words after it one by one.');
    return i + 1;
  }
  let text = s.slice(i + 1, close);
  let end = close + 1;
  let prefix = false;
  while (s.charAt(end) === '*') {
    prefix = true;
    end++;
  }
  // Lucene's proximity `"a b"~5` is not our syntax; reading `~5` as the word 5 would be worse.
  const tilde = /^~\d*/.exec(s.slice(end, end + 12));
  if (tilde) {
    notes.push(`Ignored ${tilde[0]} after the phrase: for words near each other write NEAR(word word, 5).`);
    end += tilde[0].length;
  }
  // `"busra al*"` is how people write a phrase prefix; FTS5 wants `"busra al"*`.
  const inner = /\*+\s*$/.exec(text);
  if (inner) {
    prefix = true;
    text = text.slice(0, inner.index);
  }
  tokens.push({ t: 'phrase', text, prefix });
  return end;
}

/** A bare word: a trailing `*` makes it a prefix; a `*` anywhere else cannot be searched. */
function pushWord(raw: string, tokens: QueryToken[], notes: string[]): void {
  const trailing = /\*+$/.exec(raw);
  const body = trailing ? raw.slice(0, trailing.index) : raw;
  if (body === '') {
    notes.push('Ignored a lone *: put it at the end of a word to find words starting with it, like negotiat*.');
    return;
  }
  if (!body.includes('*')) {
    tokens.push({ t: 'word', text: body, prefix: trailing !== null });
    return;
  }
  notes.push('Ignored a * inside a word: * only works at the end of a word, like negotiat*.');
  const parts = body.split('*').filter((p) => p !== '');
  parts.forEach((text, k) => tokens.push({ t: 'word', text, prefix: trailing !== null && k === parts.length - 1 }));
}
