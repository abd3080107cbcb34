import { describe, expect, it } from 'vitest';
import { VariantIndex } from './variants';

// Words as an FTS5 vocabulary would list them (folded by unicode61), with document frequencies.
const index = new VariantIndex(
  new Map([
    ['daraa', 40],
    ['deraa', 12],
    ['dara', 2],
    ['jabbawi', 3],
    ['negotiations', 30],
    ['negotiation', 9],
    ['negotiators', 7],
    ['strikes', 40],
    ['stripes', 1],
    ['sharqiyah', 2],
    ['straße', 1],
    ['assad', 50],
    ['assads', 1],
    ['busra', 8],
    ['beirut', 20],
    ['al', 90],
    ['all', 70]
  ])
);
/** Common words of running text (lower case): typos, never respellings of a name. */
const COMMON = new Set(['negotiations', 'negotiation', 'negotiators', 'strikes', 'stripes', 'all']);
const words = (word: string, options?: Parameters<VariantIndex['find']>[1]): string[] =>
  index
    .find(word, { isName: (w) => !COMMON.has(w), ...options })
    .map((v) => `${v.word}${v.exact ? '' : ` (${v.kind} ${v.distance})`}`);

/** Words of the bbc-news-2225 + seeds library that today's variant key merged with a name. */
const library = new VariantIndex(
  new Map([
    ['deraa', 5],
    ['daraa', 40],
    ['dairy', 12],
    ['diary', 20],
    ['dire', 15],
    ['dare', 9],
    ['doore', 1],
    ['milan', 24],
    ['million', 340],
    ['kerry', 30],
    ['korea', 60],
    ['blair', 200],
    ['blur', 12],
    ['rover', 25],
    ['river', 40],
    ['busra', 8],
    ['bosra', 3],
    ['basra', 10],
    ['mohammed', 20],
    ['muhammad', 9],
    ['qaddafi', 4],
    ['gaddafi', 30],
    ['kadhafi', 2],
    ['qaeda', 50],
    ['qaida', 6],
    ['jabawi', 1],
    ['jabbawi', 3]
  ])
);
/** What running text capitalises in that library: the names. */
const NAMES = new Set(['deraa', 'daraa', 'milan', 'kerry', 'korea', 'blair', 'rover', 'busra', 'bosra', 'basra']);
for (const name of ['mohammed', 'muhammad', 'qaddafi', 'gaddafi', 'kadhafi', 'qaeda', 'qaida', 'jabawi', 'jabbawi'])
  NAMES.add(name);
const spellings = (word: string, isName?: (w: string) => boolean | undefined): string[] =>
  library
    .find(word, isName ? { isName } : {})
    .filter((v) => v.kind === 'spelling')
    .map((v) => v.word)
    .sort();

describe('spelling variants are respellings of a name, not other words', () => {
  it('tells two names apart by their letters: Busra/Basra (a vowel of the other class), Kerry/Korea', () => {
    const isName = (w: string) => NAMES.has(w);
    expect(spellings('Busra', isName)).toEqual(['bosra']);
    expect(spellings('Basra', isName)).toEqual([]);
    expect(spellings('Kerry', isName)).toEqual([]);
    expect(spellings('Korea', isName)).toEqual([]);
  });

  it('never offers a common word as a variant of a name (Deraa/dairy, Milan/million, Blair/blur, Rover/river)', () => {
    const isName = (w: string) => NAMES.has(w);
    expect(spellings('Deraa', isName)).toEqual(['daraa']);
    expect(spellings('dairy', isName)).toEqual([]);
    expect(spellings('Milan', isName)).toEqual([]);
    expect(spellings('Blair', isName)).toEqual([]);
    expect(spellings('Rover', isName)).toEqual([]);
    // NB: by their letters alone, Milan and million could be one name: casing is what parts them.
    expect(spellings('Milan')).toEqual(['million']);
    // A word the library does not hold is not held against the pair.
    expect(spellings("Dar'a", (w) => (w === "dar'a" ? undefined : NAMES.has(w)))).toEqual(['daraa', 'deraa']);
  });

  it('keeps the respellings of one name', () => {
    const isName = (w: string) => NAMES.has(w);
    expect(spellings('Daraa', isName)).toEqual(['deraa']);
    expect(spellings('Jabawi', isName)).toEqual(['jabbawi']);
    expect(spellings('Mohammed', isName)).toEqual(['muhammad']);
    expect(spellings('Qaddafi', isName)).toEqual(['gaddafi', 'kadhafi']);
    expect(spellings('Qaeda', isName)).toEqual(['qaida']);
    expect(spellings('Bosra', isName)).toEqual(['busra']);
  });
});

describe('names written with an apostrophe, held by the index in two words', () => {
  // `Dar'a` is `dar` + `a` to FTS5; `Syria's` is `syria` + `s`; "would dare a loan" gives `dare`, `a`.
  const parts = new VariantIndex(
    new Map([
      ['deraa', 5],
      ['dar', 3],
      ['a', 900],
      ['syria', 80],
      ['s', 700],
      ['dare', 9],
      ['don', 4],
      ['t', 300]
    ])
  );
  /** What the library writes as a name, asked of one word or of two joined by an apostrophe (`Syria's` is capitalised too). */
  const written = new Map<string, boolean>([
    ['deraa', true],
    ['dar', true],
    ["dar'a", true],
    ['syria', true],
    ['dare', false],
    ["dare'a", false],
    ["syria's", true],
    ['don', true],
    ["don't", true]
  ]);
  const asked: string[] = [];
  const isName = (w: string): boolean | undefined => {
    asked.push(w);
    return written.get(w);
  };
  /** The joined spellings offered for a word. */
  const spellingsOf = (word: string, options: Parameters<VariantIndex['find']>[1] = { isName }) =>
    parts
      .find(word, options)
      .filter((v) => v.kind === 'spelling' && v.word.includes("'"))
      .map((v) => v.word);

  it('offers the joined spelling when the library writes it as a name', () => {
    expect(spellingsOf('Deraa')).toEqual(["dar'a"]);
    expect(asked).toContain("dar'a");
    // The first word is asked first: `dare` is no name, so "dare a" is never read.
    expect(asked).not.toContain("dare'a");
  });

  it('never joins a possessive or a contraction, nor without the library’s word for it', () => {
    expect(spellingsOf('Syrias')).toEqual([]);
    expect(spellingsOf('Dont')).toEqual([]);
    expect(spellingsOf('Deraa', {})).toEqual([]);
    expect(spellingsOf('Deraa', { isName: (w) => (w.includes("'") ? undefined : true) })).toEqual([]);
  });
});

describe('VariantIndex.find', () => {
  it('finds transliteration variants that share a variant key', () => {
    expect(words('Deraa')).toEqual(['deraa', 'daraa (spelling 1)', 'dara (spelling 2)']);
    expect(words('Daraa')).toEqual(['daraa', 'deraa (spelling 1)', 'dara (spelling 1)']);
    expect(words("Dar'a")).toEqual(['daraa (spelling 1)', 'dara (spelling 1)', 'deraa (spelling 2)']);
    expect(words('Jabawi')).toEqual(['jabbawi (spelling 1)']);
  });

  it('folds case, diacritics and apostrophes before comparing', () => {
    expect(words('SHARQĪYAH')).toEqual(['sharqiyah']);
    expect(words('Strasse')).toEqual(['straße']);
    expect(index.find('Assad’s')[0]).toMatchObject({ word: 'assads', kind: 'spelling', exact: false });
  });

  it('finds typos of long words the library does not know', () => {
    expect(words('negociations')).toEqual(['negotiations (typo 1)', 'negotiation (typo 2)']);
    expect(words('negotiatinos')).toEqual(['negotiations (typo 1)', 'negotiation (typo 2)']);
    expect(words('beiruf')).toEqual(['beirut (typo 1)']);
    // A dropped vowel keeps the consonant skeleton but is no respelling: a typo, ranked by frequency.
    expect(words('negotiatons')).toEqual(['negotiations (typo 1)', 'negotiators (typo 1)', 'negotiation (typo 2)']);
  });

  it('ranks exact matches above every variant', () => {
    const found = index.find('deraa');
    expect(found[0]).toEqual({ word: 'deraa', df: 12, exact: true, kind: 'exact', distance: 0 });
    expect(found.slice(1).every((v) => !v.exact)).toBe(true);
  });

  it('takes a word the library knows as spelled on purpose, unless told otherwise', () => {
    expect(words('strikes')).toEqual(['strikes']);
    expect(words('strikes', { knownWordDf: Infinity })).toEqual(['strikes', 'stripes (typo 1)']);
  });

  it('leaves short words alone', () => {
    expect(words('al')).toEqual(['al']);
    expect(words('bus')).toEqual([]);
    expect(words('')).toEqual([]);
    expect(words('…')).toEqual([]);
  });

  it('honours the typo and limit options', () => {
    expect(words('negociations', { maxTypos: () => 0 })).toEqual([]);
    expect(words('Deraa', { limit: 1 })).toEqual(['deraa', 'daraa (spelling 1)']);
  });

  it('looks words up quickly in a vocabulary of 200,000', () => {
    let seed = 7;
    const rand = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const vocab = new Map<string, number>([['negotiations', 30]]);
    while (vocab.size < 200_000) {
      let w = '';
      for (let n = 3 + Math.floor(rand() * 10); n > 0; n--) w += letters[Math.floor(rand() * 26)];
      vocab.set(w, 1);
    }
    const big = new VariantIndex(vocab);
    expect(big.size).toBe(200_000);
    const start = performance.now();
    for (let i = 0; i < 20; i++) expect(big.find('negotiatons')[0]?.word).toBe('negotiations');
    // Typically well under 5 ms a look-up; the bound only catches an accidental full scan with full tables.
    expect((performance.now() - start) / 20).toBeLessThan(50);
  });
});
