/**
 * Numbers written in words and the vocabulary around figures: what counts people, places and
 * time, and which words qualify a figure (`more than`, `about`).
 */

const SMALL: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12
};

/** Multipliers after a number (`1.5 million`, `two thousand`, `$3bn`). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3
};

/** Vague amounts: `thousands` is at least a thousand, `dozens` at least a dozen. */
export const VAGUE: Readonly<Record<string, number>> = {
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9
};

/**
 * The value of a number written in words or digits (`eleven`, `twenty-five`, `1,400`, `3.5`), or
 * `undefined`. NB: a comma between digit groups is a thousands separator (`270,000`), as in the
 * English-language press this reads.
 *
 * @example numberValue('twenty-five') // 25
 */
export function numberValue(word: string): number | undefined {
  const first = word.charCodeAt(0);
  if (first < 48 || (first > 57 && first < 65)) return undefined;
  const w = word.toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(w) || /^\d+(?:\.\d+)?$/.test(w)) return Number(w.replace(/,/g, ''));
  const small = SMALL[w];
  if (small !== undefined) return small;
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  if (compound !== null) return SMALL[compound[1]!]! + SMALL[compound[2]!]!;
  return undefined;
}

/** Units of time, singular, keyed by every spelling news uses. */
export const DURATION_UNITS: Readonly<Record<string, string>> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
  year: 'year', years: 'year', decade: 'decade', decades: 'decade'
};

/** Currency symbols and words, keyed to ISO 4217 codes. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  yen: 'JPY', yuan: 'CNY', rupee: 'INR', rupees: 'INR', riyal: 'SAR', riyals: 'SAR', lira: 'TRY', liras: 'TRY',
  ruble: 'RUB', rubles: 'RUB', roubles: 'RUB', rouble: 'RUB'
};
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD', us$: 'USD', usd: 'USD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP', '¥': 'JPY'
};

/** How a figure is hedged, in one canonical wording. */
export type Qualifier = 'more than' | 'at least' | 'about' | 'nearly' | 'less than' | 'up to';

/** Qualifier phrases (folded, longest first so `just over` wins over `over`). */
export const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['in excess of', 'more than'], ['upwards of', 'more than'], ['more than', 'more than'], ['just over', 'more than'],
  ['over', 'more than'], ['above', 'more than'], ['at least', 'at least'], ['a minimum of', 'at least'],
  ['an estimated', 'about'], ['estimated', 'about'], ['approximately', 'about'], ['roughly', 'about'],
  ['around', 'about'], ['about', 'about'], ['some', 'about'], ['circa', 'about'], ['close to', 'nearly'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['just under', 'nearly'], ['less than', 'less than'],
  ['fewer than', 'less than'], ['under', 'less than'], ['below', 'less than'], ['up to', 'up to'],
  ['as many as', 'up to'], ['at most', 'up to']
];

/** Nouns that count people. Folded, singular and plural. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  ('people person persons civilian civilians resident residents child children kid kids woman women man men ' +
    'refugee refugees soldier soldiers fighter fighters rebel rebels militant militants member members family families ' +
    'worker workers student students migrant migrants protester protesters protestors patient patients victim victims ' +
    'troop troops policeman policemen officer officers passenger passengers individual individuals inhabitant inhabitants ' +
    'citizen citizens prisoner prisoners detainee detainees casualty casualties ' +
    'personnel staff employee employees voter voters hostage hostages survivor survivors adult adults baby babies ' +
    'journalist journalists doctor doctors nurse nurses teenager teenagers')
    .split(' ')
);

/** Nouns that count places, mapped to one class so `30 towns` and `30 cities` line up. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(
  'town towns city cities village villages locality localities municipality municipalities district districts neighbourhood neighbourhoods neighborhood neighborhoods community communities settlement settlements'.split(' ')
);

/** What happened to the people counted, read from nearby words. */
export type FigureEvent = 'killed' | 'injured' | 'displaced' | 'detained';

export const EVENT_WORDS: ReadonlyArray<readonly [RegExp, FigureEvent]> = [
  [/^(?:killed|died|dead|deaths?|killing|perished|fatalities|massacred|slain|executed|drowned|lives)$/, 'killed'],
  [/^(?:wounded|injured|hurt|injuries|maimed)$/, 'injured'],
  [/^(?:displaced|fled|uprooted|homeless|evacuated|forced)$/, 'displaced'],
  [/^(?:arrested|detained|abducted|kidnapped|captured|jailed|imprisoned)$/, 'detained']
];

/** Words between a number and its noun that describe rather than name what is counted. */
export const MODIFIERS: ReadonlySet<string> = new Set(
  // NB: the brackets matter: without them `.split` took only the second string, and the Set was
  // built from the joined characters, so no modifier was ever stepped over (review 17, #2).
  (
    'more other additional new further rebel government regime local foreign armed young small large total more extra little lead senior former ' +
    'civilian military opposition suspected alleged confirmed reported registered unarmed innocent internally'
  ).split(' ')
);
