/**
 * Which different words one story term key joins (story grouping's `storyTermKey`, and for comparison
 * the loose `variantKey` of every word it replaced, scheme 1): on bbc-news-2225 and reuters-21578, the
 * keys that two or more distinct words share (a word: its inflected forms, so weapon/weapons are one
 * word; a name the article writes: its plural and possessive), most frequent first, each word with
 * its document frequency and how often running text writes it capitalised away from a sentence start.
 *
 *   npx tsx scripts/eval/storyTermCollisions.ts [--key story|loose] [--top N] [--sample N]
 *
 * A key is listed by the document frequency of its second most frequent word: the articles where it
 * can make two articles share a term they do not share. `--sample N` also lists N keys drawn (seed 14)
 * from all that collide, for judging by hand which are one name spelt twice. docs/compare.md, "Story
 * terms", has the tables this printed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { variantKey } from '@shared/text/fold';
import { inflectionStem, pluralStem } from '@shared/text/stem';
import { tokenize } from '@shared/text/tokens';
import { seededRandom } from '@shared/text/seededRandom';
import { isContentWord } from '@shared/compare/analysis/terms';
import { storyTermKey, storyWordKey } from '@shared/stories/storyTermKey';
import { afterSentenceEnd, writtenNames } from '@shared/stories/writtenNames';
import { corporaRoot, reutersFolder } from '../bench/corpora';
import { readBbc } from './storiesTwoReports';

interface WordStats {
  df: number;
  /** Occurrences away from a sentence start written capitalised, and written in lower case. */
  capitalised: number;
  lower: number;
}

/** A story term key: of a folded word, and whether the article writes it as a name. */
type Key = (norm: string, asName: boolean) => string;

const KEYS: Record<string, Key> = {
  story: storyTermKey,
  loose: (norm) => variantKey(inflectionStem(norm))
};

/** One word: a word's inflected forms (`storyWordKey`), a name's plural and possessive (as `storyNameKey` reads it). */
function wordOf(norm: string, asName: boolean): string {
  return asName ? pluralStem(norm).replace(/[-\u2010\u2011]/g, '') : storyWordKey(norm);
}

interface Article {
  readonly title: string;
  readonly text: string;
}

/** Per key, the distinct words ({@link wordOf}) keyed to it in some article, with their statistics. */
function keyedWords(articles: readonly Article[], key: Key): Map<string, Map<string, WordStats>> {
  const byKey = new Map<string, Map<string, WordStats>>();
  for (const a of articles) {
    const title = { text: a.title, tokens: tokenize(a.title) };
    const body = { text: a.text, tokens: tokenize(a.text) };
    const names = writtenNames(title, body);
    const seen = new Set<string>();
    for (const { text, tokens } of [title, body]) {
      for (const t of tokens) {
        if (!isContentWord(t.norm) || /\d/.test(t.norm)) continue;
        const asName = names.has(t.norm);
        const word = wordOf(t.norm, asName && key === KEYS.story);
        const k = key(t.norm, asName);
        let words = byKey.get(k);
        if (words === undefined) byKey.set(k, (words = new Map()));
        let s = words.get(word);
        if (s === undefined) words.set(word, (s = { df: 0, capitalised: 0, lower: 0 }));
        if (!seen.has(`${k}\u0000${word}`)) {
          seen.add(`${k}\u0000${word}`);
          s.df++;
        }
        if (text === a.title || afterSentenceEnd(text, t.start)) continue;
        if (/^\p{Lu}/u.test(text.charAt(t.start))) s.capitalised++;
        else s.lower++;
      }
    }
  }
  return byKey;
}

interface Collision {
  readonly key: string;
  /** Most frequent first. */
  readonly words: ReadonlyArray<readonly [string, WordStats]>;
}

/** Keys shared by two or more words, by the second word's document frequency, highest first. */
function collisions(byKey: ReadonlyMap<string, ReadonlyMap<string, WordStats>>): Collision[] {
  const out: Collision[] = [];
  for (const [k, map] of byKey) {
    if (map.size < 2) continue;
    const words = [...map].sort((a, b) => b[1].df - a[1].df || (a[0] < b[0] ? -1 : 1));
    out.push({ key: k, words });
  }
  return out.sort((a, b) => b.words[1]![1].df - a.words[1]![1].df || (a.key < b.key ? -1 : 1));
}

function describe(c: Collision): string {
  const words = c.words
    .slice(0, 6)
    .map(([w, s]) => `${w} ${s.df}${capShare(s)}`)
    .join(', ');
  return `${c.key}: ${words}${c.words.length > 6 ? `, … (${c.words.length} words)` : ''}`;
}

/** ` (N% Cap)`: the share of occurrences away from a sentence start written capitalised. */
function capShare(s: WordStats): string {
  const n = s.capitalised + s.lower;
  return n === 0 ? ' (–)' : ` (${Math.round((100 * s.capitalised) / n)}% Cap)`;
}

/** reuters-21578's stories: the first line is the title (the bench's reading, scripts/bench/corpora.ts). */
function readReuters(): Article[] {
  const folder = reutersFolder(corporaRoot());
  const articles: Article[] = [];
  for (const sub of readdirSync(folder).filter((d) => d.startsWith('reut2-')).sort()) {
    for (const file of readdirSync(join(folder, sub)).sort()) {
      const [title = '', ...rest] = readFileSync(join(folder, sub, file), 'utf8').split('\n');
      articles.push({ title, text: rest.join('\n') });
    }
  }
  return articles;
}

function main(): void {
  const { values } = parseArgs({
    options: { key: { type: 'string', default: 'story' }, top: { type: 'string', default: '40' }, sample: { type: 'string', default: '0' } }
  });
  const key = KEYS[values.key];
  if (key === undefined) throw new Error(`--key is one of ${Object.keys(KEYS).join(', ')}`);
  const corpora: Array<[string, Article[]]> = [
    ['bbc-news-2225', readBbc(join(corporaRoot(), 'bbc-news-2225', 'bbc'))],
    ['reuters-21578', readReuters()]
  ];
  for (const [name, articles] of corpora) {
    const byKey = keyedWords(articles, key);
    const found = collisions(byKey);
    const joined = found.reduce((n, c) => n + c.words.length, 0);
    const frequent = found.filter((c) => c.words[1]![1].df >= 5).length;
    console.log(
      `\n## ${name} (${articles.length} texts): ${byKey.size} keys, ${found.length} shared by ${joined} words; ` +
        `${frequent} where the second word is in 5+ articles (key: ${values.key})`
    );
    for (const c of found.slice(0, Number(values.top))) console.log(`- ${describe(c)}`);
    const sample = Number(values.sample);
    if (sample > 0) {
      const random = seededRandom(14);
      const pool = [...found];
      console.log(`\nSample of ${Math.min(sample, pool.length)}:`);
      for (let i = 0; i < sample && pool.length > 0; i++) console.log(`- ${describe(pool.splice(Math.floor(random() * pool.length), 1)[0]!)}`);
    }
  }
}

main();
