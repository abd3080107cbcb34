/**
 * Eval (`tsx scripts/eval/unspacedShingles.ts`): which units a MinHash signature of Chinese,
 * Japanese and Thai text should shingle, measured on real text: the CJK and Thai feeds of
 * ../shared/corpora/hostile-encodings/chardet-tests (blogs, press wires, shops; each feed's items
 * are separate texts, so items of one feed, sharing its boilerplate, are the hard "different" pairs).
 *
 * For every item of 150+ unspaced characters, a near-duplicate is made as an editor would: one
 * sentence in the middle replaced by a sentence of another item (and, second variant, one more
 * sentence added at the end). Each unit choice is scored by how many true pairs reach the import's
 * threshold (estimated similarity ≥ 0.5) and how many different pairs do. Units:
 * - `runs`: one word per run of the script (what import did before session 13);
 * - `icu`: ICU's words (shared/text/unspaced.ts), the index's words;
 * - `chars`: one unit per character (five-character shingles);
 * - `import`: what import now stores (`minhashSignature`: `chars`, letters in NFKC, not folded).
 * The shingle stays five units (minhash.ts) for all. A "different" pair over 0.5 is worth reading:
 * in session 13's run each was one post in two feeds of a blog (Atom and RSS) or a repost.
 * Results and the choice: docs/import.md, Near-duplicates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { minhashOfWordHashes, minhashSignature, signatureSimilarity } from '@shared/text/minhash';
import { foldText } from '@shared/text/fold';
import { WORD } from '@shared/text/tokens';
import { hasUnspaced, splitUnspaced } from '@shared/text/unspaced';
import { corporaRoot } from '../bench/corpora';

const FEEDS: Record<string, string> = {
  GB2312: 'gb18030',
  Big5: 'big5',
  'EUC-JP': 'euc-jp',
  SHIFT_JIS: 'shift_jis',
  CP932: 'shift_jis',
  'TIS-620': 'windows-874',
  'EUC-TW': 'big5'
};

const root = path.join(corporaRoot(), 'hostile-encodings', 'chardet-tests');

/** Items of a feed (or the whole page), as plain text. */
function itemsOf(raw: string): string[] {
  const parts = raw.split(/<item\b|<entry\b/i);
  const items = parts.length > 1 ? parts.slice(1) : parts;
  return items.map((x) =>
    x
      .replace(/<!\[CDATA\[|\]\]>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&[a-z#0-9]+;/gi, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const unspacedChars = (text: string): number =>
  (text.match(/[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}]/gu) ?? []).length;

interface Item {
  readonly feed: string;
  readonly text: string;
}
const items: Item[] = [];
for (const [dir, encoding] of Object.entries(FEEDS)) {
  for (const name of fs.readdirSync(path.join(root, dir))) {
    const raw = new TextDecoder(encoding).decode(fs.readFileSync(path.join(root, dir, name)));
    for (const text of itemsOf(raw)) if (unspacedChars(text) >= 150) items.push({ feed: `${dir}/${name}`, text });
  }
}

type Units = (text: string) => string[];
const fnv = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};
const runs: Units = (text) => (text.match(WORD) ?? []).map(foldText);
const split =
  (cut: (word: string) => string[]): Units =>
  (text) =>
    (text.match(WORD) ?? []).flatMap((w) => (hasUnspaced(w) ? cut(w) : [w]).map(foldText).filter((x) => x !== ''));
const icu = split((w) => splitUnspaced(w).map((s) => w.slice(s.start, s.end)));
const chars = split((w) =>
  splitUnspaced(w).flatMap((s) =>
    hasUnspaced(w.slice(s.start, s.end)) ? [...w.slice(s.start, s.end)] : [w.slice(s.start, s.end)]
  )
);

const signature = (units: string[]) => minhashOfWordHashes(Uint32Array.from(units.map(fnv)), units.length);
const ofUnits = (units: Units) => ({ units, sign: (text: string) => signature(units(text)) });
/** `import`: what import stores (minhashSignature): `chars`' units, each letter in NFKC rather than folded. */
const METHODS = {
  runs: ofUnits(runs),
  icu: ofUnits(icu),
  chars: ofUnits(chars),
  import: { units: chars, sign: minhashSignature }
};
const shingles = (units: string[]) => {
  const out = new Set<string>();
  for (let i = 0; i + 5 <= units.length; i++) out.add(units.slice(i, i + 5).join('\u0001'));
  return out;
};
const jaccard = (a: Set<string>, b: Set<string>) => {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return a.size + b.size === both ? 0 : both / (a.size + b.size - both);
};

const sentences = (text: string) => text.split(/(?<=[。！？!?．]|\.\s)/u).filter((s) => s.trim() !== '');
/** The item with its middle sentence replaced by another item's first (and, `add`, one more sentence at the end). */
function edited(i: number, add: boolean): string | null {
  const own = sentences(items[i]!.text);
  if (own.length < 3) return null;
  const other = sentences(items[(i + 7) % items.length]!.text);
  const copy = [...own];
  copy[Math.floor(own.length / 2)] = other[0]!;
  if (add) copy.push(other[1] ?? other[0]!);
  return copy.join('');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
console.log(`${items.length} items of 150+ unspaced characters from ${new Set(items.map((i) => i.feed)).size} feeds`);
for (const add of [false, true]) {
  console.log(add ? '\nEdit: one sentence replaced, one added' : '\nEdit: one sentence replaced');
  console.log('units  signed  true pairs  found (est. >= 0.5)  median Jaccard  different pairs >= 0.5 (same feed)  of');
  for (const [name, { units, sign }] of Object.entries(METHODS)) {
    const sigs = items.map((it) => sign(it.text));
    let pairs = 0;
    let found = 0;
    const trueJ: number[] = [];
    items.forEach((_, i) => {
      const copy = edited(i, add);
      if (copy === null || !sigs[i]) return;
      pairs++;
      const s = sign(copy);
      if (s && signatureSimilarity(sigs[i]!, s) >= 0.5) found++;
      trueJ.push(jaccard(shingles(units(items[i]!.text)), shingles(units(copy))));
    });
    let different = 0;
    let sameFeed = 0;
    let all = 0;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        if (!sigs[i] || !sigs[j] || items[i]!.text === items[j]!.text) continue;
        all++;
        if (signatureSimilarity(sigs[i]!, sigs[j]!) >= 0.5) {
          different++;
          if (items[i]!.feed === items[j]!.feed) sameFeed++;
        }
      }
    }
    const signed = sigs.filter((s) => s !== null).length;
    console.log(
      `${name.padEnd(6)} ${String(signed).padStart(6)}  ${String(pairs).padStart(10)}  ${String(found).padStart(19)}  ${median(trueJ).toFixed(3).padStart(14)}  ${`${different} (${sameFeed})`.padStart(36)}  ${all}`
    );
  }
}
