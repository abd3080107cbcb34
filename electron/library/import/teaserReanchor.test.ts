import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnnotation } from '../annotations/annotationStore';
import { listAnnotations } from '../annotations/listAnnotations';
import { getArticle } from '../articles';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { importPaths } from './importPaths';

/**
 * Seed 002's teaser above its headline is set aside since review 13 (finding 22), so its body
 * loses its first paragraph. A library made before keeps the old body and highlights on it: the
 * next import of the same file updates the article, and every highlight must follow its words
 * (docs/anchoring.md), none orphaned.
 */
const SEED = '002_b179c559b3a9cd19.txt';
const TEASER = 'The Russian demands prompted a walkout by the rebels, who said the terms amounted to a humiliating surrender.';

const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('re-importing seed 002 after the teaser rule', () => {
  it('drops the teaser from the body and keeps every highlight made on the old body', async () => {
    const lib = makeTempLibrary();
    const dir = makeTempFolder({ [SEED]: fs.readFileSync(path.join(SEEDS_DIR, SEED)) });
    cleanups.push(() => {
      lib.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    await importPaths(lib.db, [dir]);
    const id = 1;
    const body = getArticle(lib.db, id)!.body;
    expect(body.startsWith('Syrian rebels and Russia ceasefire deal breaks down\n\nSyrian armed opposition said')).toBe(true);
    expect(body).not.toContain(TEASER);

    // The article as a build before the rule stored it: the teaser opened the body.
    lib.db
      .prepare("UPDATE articles SET body = ?, content_hash = 'before-review-13' WHERE id = ?")
      .run(`${TEASER}\n\n${body}`, id);
    const quotes = [
      'Syrian armed opposition said on Wednesday',
      'Spokesman Ibrahim al Jabawi',
      'Deraa was designated a “de-escalation zone”',
      'humiliating surrender'
    ];
    for (const quote of quotes) createAnnotation(lib.db, { kind: 'highlight', articleId: id, quote, note: '' });

    const again = await importPaths(lib.db, [dir]);
    expect(again).toMatchObject({ updated: 1, new: 0, failed: 0 });
    const now = getArticle(lib.db, id)!.body;
    expect(now).toBe(body);
    const { items } = listAnnotations(lib.db, { filter: {}, sort: 'created', offset: 0, limit: 10 });
    const byId = [...items].sort((a, b) => a.id - b.id);
    expect(byId.map((a) => [a.state, a.current && now.slice(a.current.start, a.current.end)])).toEqual(
      quotes.map((q) => ['moved', q])
    );
  });
});
