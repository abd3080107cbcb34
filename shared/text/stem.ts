/**
 * The two stemmers, named for what each is for (the kernel's one place for them):
 *
 * - {@link wordFamilyStem}: Porter (1980). One stem for a word's whole family ("negotiated",
 *   "negotiating", "negotiations" → "negoti"): where recall matters and a false join costs little,
 *   sentence vectors for alignment (a shared stem is one term among many) and a question's other
 *   word forms in search. Porter's rules are old but proven, small, and what the PAN-winning
 *   aligners used.
 * - {@link inflectionStem}: possessives, plurals and the commonest verb endings only. Where two
 *   words meeting is itself the evidence (quotes, figures and names compared across articles,
 *   story vectors), so it must never join words of different meaning.
 *
 * Both take words already folded to lower case (`foldText`).
 */

const PLAIN = /^[a-z]+$/;

/** True when `w[i]` is a consonant in Porter's sense (`y` after a consonant is a vowel). */
function isConsonant(w: string, i: number): boolean {
  const ch = w.charCodeAt(i);
  // a e i o u
  if (ch === 97 || ch === 101 || ch === 105 || ch === 111 || ch === 117) return false;
  if (ch === 121) return i === 0 || !isConsonant(w, i - 1);
  return true;
}

/** Porter's m: the number of vowel-consonant sequences in `stem`, [C](VC)^m[V]. */
function measure(stem: string): number {
  let m = 0;
  let i = 0;
  const n = stem.length;
  while (i < n && isConsonant(stem, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(stem, i)) i++;
    if (i >= n) break;
    while (i < n && isConsonant(stem, i)) i++;
    m++;
  }
  return m;
}

function hasVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (!isConsonant(stem, i)) return true;
  return false;
}

function endsDoubleConsonant(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1);
}

/** Porter's *o: ends consonant-vowel-consonant, the last not w, x or y (hop, not snow). */
function endsCvc(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  if (!isConsonant(w, n - 1) || isConsonant(w, n - 2) || !isConsonant(w, n - 3)) return false;
  const last = w[n - 1];
  return last !== 'w' && last !== 'x' && last !== 'y';
}

/** Replaces the longest listed suffix when the remaining stem's measure exceeds `minM`. */
function replaceSuffix(w: string, rules: readonly (readonly [string, string])[], minM: number): string {
  for (const [suffix, replacement] of rules) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, w.length - suffix.length);
    // Only the longest matching suffix is considered, whether or not its condition holds.
    return measure(stem) > minM ? stem + replacement : w;
  }
  return w;
}

// Each list is ordered so that a longer suffix comes before any suffix it ends with.
const STEP2_RULES: (readonly [string, string])[] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log']
];
const STEP2 = STEP2_RULES.sort((x, y) => y[0].length - x[0].length);

const STEP3: readonly (readonly [string, string])[] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', '']
];

const STEP4 = [
  'ement',
  'ance',
  'ence',
  'able',
  'ible',
  'ment',
  'ant',
  'ent',
  'ion',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
  'al',
  'er',
  'ic',
  'ou'
] as const;

function step1ab(w: string): string {
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('ss')) {
    // unchanged
  } else if (w.endsWith('s')) w = w.slice(0, -1);

  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
    return w;
  }
  let stripped: string | undefined;
  if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) stripped = w.slice(0, -2);
  else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) stripped = w.slice(0, -3);
  if (stripped === undefined) return w;

  w = stripped;
  if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) return w + 'e';
  if (endsDoubleConsonant(w) && !/[lsz]$/.test(w)) return w.slice(0, -1);
  if (measure(w) === 1 && endsCvc(w)) return w + 'e';
  return w;
}

function step4(w: string): string {
  for (const suffix of STEP4) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, w.length - suffix.length);
    if (measure(stem) <= 1) return w;
    if (suffix === 'ion' && !/[st]$/.test(stem)) return w;
    return stem;
  }
  return w;
}

function step5(w: string): string {
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem;
  }
  if (w.endsWith('ll') && measure(w) > 1) w = w.slice(0, -1);
  return w;
}

/**
 * Stems one folded word with Porter's algorithm (see the module comment for when to use it).
 * Words that are not plain a–z (numbers, other scripts, words with apostrophes) are returned as
 * they are: the rules only make sense for English letters.
 *
 * @example wordFamilyStem('negotiations') // 'negoti'
 * @example wordFamilyStem('relational') // 'relat'
 */
export function wordFamilyStem(word: string): string {
  if (word.length <= 2 || !PLAIN.test(word)) return word;
  let w = step1ab(word);
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + 'i';
  w = replaceSuffix(w, STEP2, 0);
  w = replaceSuffix(w, STEP3, 0);
  w = step4(w);
  return step5(w);
}

/** Words whose final `s` is no plural. */
const KEEP_S = new Set(['news', 'series', 'species', 'politics', 'economics', 'physics', 'aids', 'isis']);

/**
 * A light English stemmer: possessives, plurals and the commonest verb endings. Deliberately
 * weaker than Porter: it only needs `weapons`/`weapon` and `insisted`/`insist` to meet, and must
 * never join words of different meaning.
 *
 * @example inflectionStem('civilians') // 'civilian'
 */
export function inflectionStem(word: string): string {
  let w = pluralStem(word);
  if (KEEP_S.has(w)) return w;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

/**
 * {@link inflectionStem} without the verb endings: possessives and plurals only. What a name
 * takes (`Assad's`, `the Clintons`), since -ed and -ing end names too (`Mohammed`, `Ahmed`,
 * `Reading`).
 *
 * @example pluralStem("Ahmed's".toLowerCase()) // 'ahmed'
 */
export function pluralStem(word: string): string {
  let w = word.replace(/'s?$/, '');
  if (KEEP_S.has(w)) return w;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}
