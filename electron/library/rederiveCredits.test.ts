import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@shared/contract/dispatch';
import { runCli } from '../cli/run';
import { correctArticle } from './corrections';
import { type Engine, startEngine } from './engine';
import { importPaths } from './import/importPaths';
import { openLibrary } from './library';
import { CREDIT_RULE_KEY } from './rederiveCredits';
import { makeTempFolder } from './testing/tempLibrary';

/**
 * Review 15, #2 follow-up: a library imported before the credit rule stopped taking a quoted agency
 * for a wire credit keeps *Wire: Reuters* on a BBC report quoting Reuters, since an unchanged file
 * is never imported again. Opening it (the app's engine, or any `crosscheck` command) reads its
 * credits again, once.
 */

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

const BODY =
  'State-owned Rosneft bought the Yugansk unit for $9.3bn in a sale forced by Russia to part settle a $27.5bn tax claim against Yukos.';

const FILES = {
  // As bbc/business/003.txt has it: the BBC's own report, one quote from Reuters.
  'quoted.txt': `Yukos unit buyer faces loan claim\n\n${BODY}\n\nMenatep Group's managing director Tim Osborne told the Reuters news agency: "If they default, we will try to get the money."\n`,
  // Reuters' own copy that also quotes AFP: the dateline's credit stays.
  'dateline.txt': `Rosneft faces loan claim\n\nMOSCOW (Reuters) - ${BODY}\n\nA lawyer for the group told AFP the claim was filed.\n`,
  // A page whose metadata names its source, and whose text also quotes it: the metadata's credit
  // stays, as a fresh import of the page keeps it (review 16 #2).
  'page.html': `<html><head><title>Yugansk sale challenged</title><meta name="original-source" content="Reuters"></head><body><article><h1>Yugansk sale challenged</h1><p>${BODY}</p><p>The sale was unlawful, a banker told Reuters.</p></article></body></html>`,
  // Front matter crediting Reuters, a text quoting Reuters, and a byline the user corrected since:
  // the stored byline no longer says where the credit came from, so it stays.
  'wire.md': `---\ntitle: Rosneft sale\nauthor: Reuters\n---\n\n${BODY}\n\nThe buyer will appeal, a lawyer told Reuters on Friday.\n`
};

/** What the credit rule before review 15 stored for FILES (it read `told …` as a credit). */
const STORED_BY_RULE_1: Record<string, string[]> = {
  'quoted.txt': ['Reuters'],
  'dateline.txt': ['Reuters', 'AFP'],
  'page.html': ['Reuters'],
  'wire.md': ['Reuters']
};

/** A library imported by today's build, then given the credits rule 1 stored, as a library of an older build holds them. */
async function libraryOfRule1(): Promise<{ file: string; ids: Record<string, number> }> {
  const dir = makeTempFolder({});
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const input = makeTempFolder(FILES);
  cleanups.push(() => fs.rmSync(input, { recursive: true, force: true }));
  const file = path.join(dir, 'library.sqlite');
  const lib = openLibrary(file, { write: true });
  await importPaths(lib.db, [input]);
  const ids: Record<string, number> = {};
  for (const row of lib.db.prepare('SELECT id, source_path FROM articles').all() as Array<{ id: number; source_path: string }>) {
    ids[path.basename(row.source_path)] = row.id;
  }
  const store = lib.db.prepare('UPDATE articles SET wire_credits = ? WHERE id = ?');
  for (const [name, credits] of Object.entries(STORED_BY_RULE_1)) store.run(JSON.stringify(credits), ids[name]);
  lib.db.prepare('DELETE FROM settings WHERE key = ?').run(CREDIT_RULE_KEY);
  // The user's correction of the quoted report's byline: reading credits again must not touch it.
  correctArticle(lib.db, ids['quoted.txt']!, { byline: 'Tim Osborne' });
  correctArticle(lib.db, ids['wire.md']!, { byline: 'Jane Roe' });
  lib.close();
  return { file, ids };
}

async function start(file: string): Promise<Engine> {
  const engine = await startEngine({ file, host: { mode: 'browser' } });
  cleanups.push(() => engine.close());
  return engine;
}

async function call<T>(engine: Engine, channel: 'articles:get' | 'compare:articles', input: unknown): Promise<T> {
  const result = await dispatch(engine.handlers, channel, input as never);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

async function credits(engine: Engine, ids: Record<string, number>): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [name, id] of Object.entries(ids))
    out[name] = (await call<{ wireCredits: string[] }>(engine, 'articles:get', { id })).wireCredits;
  return out;
}

describe('wire credits an older rule stored, read again when the library opens', () => {
  it('the app’s engine takes away the quoted agencies once, keeping datelines, metadata credits and the user’s corrections', async () => {
    const { file, ids } = await libraryOfRule1();
    const engine = await start(file);
    expect(await engine.creditRederivation).toBe(2);
    expect(await credits(engine, ids)).toEqual({
      'quoted.txt': [],
      'dateline.txt': ['Reuters'],
      'page.html': ['Reuters'],
      'wire.md': ['Reuters']
    });
    expect(await call(engine, 'articles:get', { id: ids['quoted.txt'] })).toMatchObject({
      byline: 'Tim Osborne',
      corrected: ['byline'],
      sources: { byline: 'edited' }
    });
    // The comparison's Wire tab reads the same stored credits.
    const comparison = await call<{ articles: Array<{ id: string; credits: string[] }> }>(engine, 'compare:articles', {
      articleIds: Object.values(ids)
    });
    expect(comparison.articles.find((a) => a.id === String(ids['quoted.txt']))?.credits).toEqual([]);
    engine.close();

    // Once: the revision is stored, so credits written afterwards are not read again at the next start.
    const lib = openLibrary(file, { write: true });
    expect(lib.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(CREDIT_RULE_KEY)).toBe('2');
    lib.db.prepare('UPDATE articles SET wire_credits = ? WHERE id = ?').run('["Reuters"]', ids['quoted.txt']);
    lib.close();
    const again = await start(file);
    expect(await again.creditRederivation).toBe(0);
    expect((await credits(again, ids))['quoted.txt']).toEqual(['Reuters']);
  });

  it('`crosscheck show --json` gives today’s credits on the first command that opens the library', async () => {
    const { file, ids } = await libraryOfRule1();
    let stdout = '';
    const code = await runCli(['show', String(ids['quoted.txt']), '--json', '--db', file], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      stderrIsTTY: false
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ wireCredits: [], byline: 'Tim Osborne' });
  });
});
