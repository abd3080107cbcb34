import fs from 'node:fs';
import path from 'node:path';
import { eld } from 'eld/extrasmall';
import { beforeAll, describe, expect, it } from 'vitest';
import { type EldAnswer, type EldScorer, type NgramRows, loadEldScorer, parseNgramsSource } from './eldScorer';

const SEEDS = path.resolve(import.meta.dirname, '..', '..', '..', 'seeds');

/** Short news-like paragraphs in some of eld's 60 languages and scripts, written for this test. */
const PARAGRAPHS = [
  'The rebels said on Wednesday that talks with Russia over the south of the country had failed, after Moscow threatened a new offensive.',
  "Les rebelles syriens ont annoncé mercredi que les discussions avec la Russie avaient échoué, après que Moscou a menacé d'une offensive.",
  'Die Rebellen erklärten am Mittwoch, die Gespräche mit Russland über den Süden des Landes seien gescheitert, nachdem Moskau gedroht hatte.',
  'Los rebeldes dijeron el miércoles que las conversaciones con Rusia sobre el sur del país habían fracasado tras la amenaza de Moscú.',
  'I ribelli hanno detto mercoledì che i colloqui con la Russia sul sud del paese sono falliti, dopo che Mosca aveva minacciato un attacco.',
  'Os rebeldes disseram na quarta-feira que as negociações com a Rússia sobre o sul do país fracassaram depois da ameaça de Moscovo.',
  'De rebellen zeiden woensdag dat de gesprekken met Rusland over het zuiden van het land waren mislukt, nadat Moskou had gedreigd.',
  'Rebelianci powiedzieli w środę, że rozmowy z Rosją w sprawie południa kraju zakończyły się fiaskiem po groźbach Moskwy.',
  'Повстанцы заявили в среду, что переговоры с Россией о юге страны провалились после того, как Москва пригрозила новым наступлением.',
  'Повстанці заявили в середу, що переговори з Росією щодо півдня країни зазнали невдачі після погроз Москви.',
  'Οι αντάρτες δήλωσαν την Τετάρτη ότι οι συνομιλίες με τη Ρωσία για τον νότο της χώρας απέτυχαν, μετά την απειλή της Μόσχας.',
  'قال المتمردون يوم الأربعاء إن المحادثات مع روسيا بشأن جنوب البلاد قد انهارت بعد أن هددت موسكو بشن هجوم جديد.',
  'שורדים אמרו ביום רביעי כי השיחות עם רוסיה על דרום המדינה נכשלו לאחר שמוסקבה איימה במתקפה חדשה.',
  'شورشیان روز چهارشنبه گفتند که مذاکرات با روسیه درباره جنوب کشور پس از تهدید مسکو به شکست انجامید.',
  'विद्रोहियों ने बुधवार को कहा कि देश के दक्षिण को लेकर रूस के साथ बातचीत विफल हो गई है।',
  '叙利亚反对派武装星期三表示，他们与俄罗斯就该国南部问题举行的谈判已经破裂，此前莫斯科威胁发动新的攻势。',
  '反政府勢力は水曜日、国の南部をめぐるロシアとの協議が決裂したと述べた。モスクワは新たな攻勢を警告していた。',
  '반군은 수요일 러시아와의 남부 지역 협상이 결렬됐다고 밝혔다. 모스크바는 새로운 공세를 경고했다.',
  'กลุ่มกบฏกล่าวเมื่อวันพุธว่าการเจรจากับรัสเซียเกี่ยวกับภาคใต้ของประเทศล้มเหลวแล้ว',
  'Asi walisema Jumatano kwamba mazungumzo na Urusi yameshindwa baada ya Moscow kutishia shambulio jipya.',
  'Kapinalliset sanoivat keskiviikkona, että neuvottelut Venäjän kanssa maan etelästä olivat epäonnistuneet.',
  'A lázadók szerdán azt mondták, hogy az ország déli részéről folytatott tárgyalások Oroszországgal kudarcba fulladtak.',
  'Asilər çərşənbə günü bildiriblər ki, Rusiya ilə ölkənin cənubu barədə danışıqlar uğursuz olub.',
  'Isyancılar çarşamba günü, ülkenin güneyi konusunda Rusya ile yapılan görüşmelerin başarısız olduğunu söyledi.',
  'Phiến quân cho biết hôm thứ Tư rằng các cuộc đàm phán với Nga về miền nam đất nước đã thất bại.',
  'Povstalci ve středu uvedli, že rozhovory s Ruskem o jihu země ztroskotaly poté, co Moskva pohrozila.',
  'Rebelii au declarat miercuri că discuțiile cu Rusia privind sudul țării au eșuat după amenințările Moscovei.',
  'Uppreisnarmenn sögðu á miðvikudag að viðræður við Rússa um suðurhluta landsins hefðu farið út um þúfur.'
];

/** Texts that reach eld's edge cases: long words, apostrophes, astral characters, case changes that change length. */
const EDGES = [
  '',
  '   ',
  '12345 67890 2018-07-04',
  'a',
  'ab cd',
  'abc',
  'abcd efgh',
  `${'x'.repeat(69)} ${'y'.repeat(70)} ${'z'.repeat(71)} ${'w'.repeat(140)}`,
  // Two words past 70 bytes whose tails differ only in their first letter: two n-grams, as for eld.
  `${'k'.repeat(66)}bmnopqrstuvw ${'k'.repeat(66)}cmnopqrstuvw the talks`,
  'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz',
  `${'ab'.repeat(40)} ${'ab'.repeat(40)} the the the`,
  `${'é'.repeat(40)} ${'ж'.repeat(36)} ${'中'.repeat(30)}`,
  "don't won’t rock'n'roll l'État d’Italia `quoted` '' ’’",
  'İSTANBUL İzmir ǅemal ΣΟΦΊΑ ẞTRASSE',
  'The 😀 talks 𝐛𝐨𝐥𝐝 failed 𠀀𠀁 in Daraa 🇸🇾 today',
  'word\tword\nword\r\nword\u00a0word\u2003word',
  `${'The talks failed. '.repeat(80)}`,
  `${'Les discussions ont échoué. '.repeat(60)}`
];

/** A seeded generator, so a failing case can be found again. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 4294967296;
  };
}

/** Texts mixing the paragraphs' words, across languages and scripts, with noise between them. */
function mixedTexts(count: number): string[] {
  const next = random(15);
  const words = [...PARAGRAPHS, ...EDGES].join(' ').split(/\s+/).filter(Boolean);
  const noise = [' ', ' ', ' ', ', ', '. ', ' - ', "'", ' ’', '\n', ' 42 ', ' “', '” ', ' (', ') ', '🙂', ' '];
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    // Most texts stay in one paragraph's language, some mix freely.
    const home = PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)]!.split(/\s+/);
    const mixed = next() < 0.3;
    const length = 1 + Math.floor(next() * 120);
    let text = '';
    for (let w = 0; w < length; w++) {
      const pool = mixed ? words : home;
      let word = pool[Math.floor(next() * pool.length)]!;
      if (next() < 0.05) word = word.toUpperCase();
      if (next() < 0.02) word = word.repeat(1 + Math.floor(next() * 12));
      text += word + noise[Math.floor(next() * noise.length)]!;
    }
    texts.push(text);
  }
  return texts;
}

/** eld's own answer, with its scores (every n-gram of the text counts in them). */
function eldAnswer(text: string): EldAnswer & { scores: Array<[string, number]> } {
  const result = eld.detect(text);
  return {
    language: result.language,
    reliable: result.language !== '' && result.isReliable(),
    scores: Object.entries(result.getScores())
  };
}

describe('eldScorer gives eld’s answers', () => {
  let scorer: EldScorer;
  const ours = (text: string) => ({ ...scorer.detect(text), scores: Object.entries(scorer.scores(text)) });
  beforeAll(async () => {
    // Loading is itself under test: an eld release that moves its data fails here.
    scorer = await loadEldScorer();
  });

  it('on paragraphs in 28 languages and on the seeds', () => {
    const seeds = fs
      .readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));
    expect(seeds).toHaveLength(5);
    for (const text of [...PARAGRAPHS, ...seeds]) expect(ours(text), text.slice(0, 60)).toEqual(eldAnswer(text));
    // Not only one answer over and over: the paragraphs are told apart.
    expect(new Set(PARAGRAPHS.map((p) => scorer.detect(p).language)).size).toBeGreaterThan(20);
    expect(scorer.detect(PARAGRAPHS[1]!)).toEqual({ language: 'fr', reliable: true });
  });

  it('on edge cases: empty, numbers, one to four letters, words past 70 bytes, apostrophes, astral characters, case changes', () => {
    for (const text of EDGES) expect(ours(text), JSON.stringify(text.slice(0, 60))).toEqual(eldAnswer(text));
  });

  it('on 2,000 texts mixing words, scripts and noise', () => {
    const texts = mixedTexts(2000);
    const differing = texts.filter((t) => JSON.stringify(ours(t)) !== JSON.stringify(eldAnswer(t)));
    expect(differing.slice(0, 3)).toEqual([]);
    // The cases reach both answers of the reliability check.
    const reliable = texts.filter((t) => scorer.detect(t).reliable).length;
    expect(reliable).toBeGreaterThan(200);
    expect(reliable).toBeLessThan(1800);
  });

  it('on texts whose byte cut falls around the opening it reads first (~480 characters), or past it', () => {
    // NB: the scorer cleans only the text's opening up to a space or line break past 480 characters
    // when eld's byte cut falls inside it; these put sigmas, apostrophes, digits and astral letters
    // on both sides of that point, and fill the opening with what collapses (digits, punctuation).
    const fills = ['Oil prices rose again. ', 'Οι τιμές ΑΝΈΒΗΚΑΝ. ', '12.5 34,6 -- 78 / 90 ', "'' ’ `` 42 ", '中文新闻报道 ', '𝐛𝐨𝐥𝐝 🙂 '];
    const tails = ["ΟΔΟΣ ΣΟΦΙΑΣ' the talks", "dogs' ’ ` talks", '12 34 56 78 90 rebels said', 'ΣΟΦΊΑΣ. Και', ' \n\n' + 'x'.repeat(80), '🙂 𠀀 text'];
    const texts: string[] = [];
    for (const fill of fills) {
      for (const tail of tails) {
        for (let at = 440; at <= 560; at += 7) texts.push(fill.repeat(Math.ceil(at / fill.length)).slice(0, at) + tail + ' ' + fill.repeat(40));
      }
    }
    const differing = texts.filter((t) => JSON.stringify(ours(t)) !== JSON.stringify(eldAnswer(t)));
    expect(differing.slice(0, 3)).toEqual([]);
    expect(texts.length).toBeGreaterThan(600);
  });
});

/** The rows back as eld's object: each n-gram's bytes as characters, each score as eld stores it. */
function asEldObject(rows: NgramRows): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  rows.keys.forEach((key, r) => {
    let gram = '';
    for (let k = key; k > 0; k = Math.floor(k / 256)) gram += String.fromCharCode(k % 256);
    const scores: Record<string, number> = {};
    for (let e = rows.offsets[r]!; e < rows.offsets[r + 1]!; e++) scores[rows.languages[e]!] = rows.scores[e]! - 53;
    out[gram] = scores;
  });
  return out;
}

describe('parseNgramsSource reads eld’s n-gram file without running it', () => {
  it('as eld’s module holds it: every language, n-gram and score', async () => {
    const file = new URL('../ngrams/extrasmall.js', import.meta.resolve('eld/extrasmall'));
    const { ngramsData } = (await import(/* @vite-ignore */ file.href)) as {
      ngramsData: { languages: Record<string, string>; ngrams: Record<string, Record<string, number>> };
    };
    const rows = parseNgramsSource(fs.readFileSync(file, 'utf8'));
    expect(rows.codes).toEqual(Object.keys(ngramsData.languages).map((id) => ngramsData.languages[id]));
    const parsed = asEldObject(rows);
    const grams = Object.keys(ngramsData.ngrams);
    expect(Object.keys(parsed).length).toBe(grams.length);
    // One comparison per n-gram (a deep toEqual of 49,553 keys takes seconds); the first differences shown.
    const scoresOf = (scores: Record<string, number> | undefined) => JSON.stringify(Object.entries(scores ?? {}).sort());
    const differing = grams.filter((gram) => scoresOf(parsed[gram]) !== scoresOf(ngramsData.ngrams[gram]));
    expect(differing.slice(0, 5)).toEqual([]);
  });

  it('names quoted either way or bare, escapes, spaces; refuses what it does not know', () => {
    const rows = parseNgramsSource(
      `export const ngramsData = { type: 'XS', languages: {0:'en',1:'fr'}, isSubset:false,\n ngrams: {'ab':{0:1},"l'a":{1:2, 0:3}, Q_$1:{1:4},' \\'x':{0:5},} };`
    );
    expect(rows.codes).toEqual(['en', 'fr']);
    expect(asEldObject(rows)).toEqual({ ab: { 0: 1 }, "l'a": { 0: 3, 1: 2 }, Q_$1: { 1: 4 }, " 'x": { 0: 5 } });
    expect(Array.from(rows.keys.slice(0, 1))).toEqual([97 + 98 * 256]);
    const bad = [
      `export const ngramsData = {languages:{0:'en'},ngrams:{'a':{0:1,0:2}}};`,
      `export const ngramsData = {languages:{0:'en'},ngrams:{'a':{1:1}}};`,
      `export const ngramsData = {languages:{1:'en'},ngrams:{'a':{0:1}}};`,
      `export const ngramsData = {languages:{0:'en'},ngrams:{'\\u0061':{0:1}}};`,
      `export const ngramsData = {languages:{0:'en'},ngrams:{12:{0:1}}};`,
      `export const ngramsData = {languages:{0:'en'},ngrams:{'abcdefg':{0:1}}};`,
      `export const ngramsData = {languages:{0:'en'},ngrams:{'a':{0:1}}`,
      `export const data = {}`
    ];
    for (const source of bad) expect(() => parseNgramsSource(source), source).toThrow(/not in the shape of eld 2.1/);
  });
});
