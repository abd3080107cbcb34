import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { parseQuery } from './parseQuery';
import { toFts } from './toFts';
import type { QueryNode, QueryTerm } from './types';
import { seededRandom } from '@shared/text/seededRandom';

const prng = seededRandom;

const rand = prng(4072018);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const VOCAB = ['daraa', 'rebels', 'talks', 'busra', 'sham', 'al', 'russia', 'jordan'];
const words = (min: number, max: number): string[] =>
  Array.from({ length: min + Math.floor(rand() * (max - min + 1)) }, () => pick(VOCAB));

// Random articles over a small vocabulary, so random queries hit, miss and overlap often.
const docs = Array.from({ length: 40 }, (_, i) => ({
  id: i + 1,
  cols: [words(1, 4), words(3, 10), [pick(['reuters', 'afp'])]]
}));

const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, outlet, tokenize='unicode61 remove_diacritics 2')`);
const insert = db.prepare('INSERT INTO articles_fts (rowid, title, body, outlet) VALUES (?, ?, ?, ?)');
for (const d of docs) insert.run(d.id, ...d.cols.map((c) => c.join(' ')));
afterAll(() => db.close());

/** A random well-formed query using everything but NEAR (whose window rules the reference skips). */
function randomQuery(depth: number): string {
  const r = rand();
  if (depth <= 0 || r < 0.35) {
    const w = pick(VOCAB);
    return pick([w, w, `"${w} ${pick(VOCAB)}"`, `${w.slice(0, 3)}*`, `"${w} ${pick(VOCAB).slice(0, 2)}"*`, `al-${w}`]);
  }
  const a = randomQuery(depth - 1);
  const b = randomQuery(depth - 1);
  return pick([
    `${a} ${b}`,
    `${a} OR ${b}`,
    `(${a} ${b})`,
    `(${a} OR ${b})`,
    `-${a}`,
    `-(${a} ${b})`,
    `title:(${a} ${b})`,
    `NOT ${a}`,
    `title:${a}`
  ]);
}

/** What the parsed query means, evaluated directly on the documents' words. */
function reference(node: QueryNode, cols: readonly number[]): Set<number> {
  const all = new Set(docs.map((d) => d.id));
  switch (node.type) {
    case 'term':
      return new Set(docs.filter((d) => cols.some((c) => hasTerm(d.cols[c] ?? [], node.term))).map((d) => d.id));
    case 'and': {
      const sets = node.children.map((c) => reference(c, cols));
      return new Set([...all].filter((id) => sets.every((s) => s.has(id))));
    }
    case 'or':
      return new Set(node.children.flatMap((c) => [...reference(c, cols)]));
    case 'not': {
      const child = reference(node.child, cols);
      return new Set([...all].filter((id) => !child.has(id)));
    }
    case 'column':
      return reference(node.child, [0]);
    case 'near':
      throw new Error('not generated');
  }
}

function hasTerm(tokens: readonly string[], term: QueryTerm): boolean {
  const units = term.words.flatMap((w) => w.split(/[^a-z0-9]+/).filter((u) => u !== ''));
  if (term.kind === 'phrase') return tokens.some((_, i) => phraseAt(tokens, i, articleSlots(units)));
  return tokens.some((_, i) =>
    units.every((u, j) => {
      const tok = tokens[i + j];
      return tok !== undefined && (term.kind === 'prefix' && j === units.length - 1 ? tok.startsWith(u) : tok === u);
    })
  );
}

const ARTICLE = new Set(['al', 'el']);

/**
 * A phrase as docs/search.md says it is matched: the Arabic article written inside it (not first,
 * not last) may be al, el or left out, and between two other words (the second of letters) one may
 * stand that was not typed. `null` is a slot for "an article or nothing".
 */
function articleSlots(units: readonly string[]): Array<string | null> {
  return units.flatMap((u, i) => {
    const previous = units[i - 1];
    if (i > 0 && i < units.length - 1 && ARTICLE.has(u)) return [null];
    const gap = previous !== undefined && !ARTICLE.has(previous) && /^[a-z]/.test(u);
    return gap ? [null, u] : [u];
  });
}

function phraseAt(tokens: readonly string[], i: number, slots: ReadonlyArray<string | null>): boolean {
  if (slots.length === 0) return true;
  const [slot, ...rest] = slots;
  const tok = tokens[i];
  if (slot === null) return phraseAt(tokens, i, rest) || (tok !== undefined && ARTICLE.has(tok) && phraseAt(tokens, i + 1, rest));
  return tok === slot && phraseAt(tokens, i + 1, rest);
}

function ftsIds(query: string): number[] {
  const fts = toFts(parseQuery(query));
  const all = docs.map((d) => d.id);
  const hits = (m: string): number[] =>
    (db.prepare('SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ?').all(m) as Array<{ id: number }>).map(
      (r) => r.id
    );
  if (fts.match !== null) return hits(fts.match).sort((x, y) => x - y);
  if (fts.except !== null) {
    const out = new Set(hits(fts.except));
    return all.filter((id) => !out.has(id));
  }
  return all;
}

describe('toFts means what the parsed query means', () => {
  it('selects exactly the reference documents for 1,500 random queries', () => {
    for (let i = 0; i < 1500; i++) {
      const query = randomQuery(3);
      const parsed = parseQuery(query);
      const expected = parsed.text
        ? [...reference(parsed.text, [0, 1, 2])].sort((x, y) => x - y)
        : docs.map((d) => d.id);
      expect({ query, ids: ftsIds(query) }).toEqual({ query, ids: expected });
    }
  });
});
