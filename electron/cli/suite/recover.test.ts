import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { lines, workspacesPerTest } from './crosscheck';

const workspace = workspacesPerTest();

/** Overwrites the middle leaf page of the articles table with garbage, as a bad disk sector would. */
function damageMiddleArticlesPage(file: string): void {
  const db = new Database(file, { readonly: true });
  const pages = db
    .prepare("SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf' ORDER BY pageno")
    .pluck()
    .all() as number[];
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (pages[Math.floor(pages.length / 2)]! - 1) * pageSize);
  fs.closeSync(fd);
}

describe('crosscheck doctor --repair on a damaged file (issue 13)', () => {
  it('recovers what can be read into a new library in its place, says what was lost, and keeps the damaged file', async () => {
    const ws = workspace();
    for (let i = 0; i < 120; i++)
      ws.write(
        `articles/a${String(i).padStart(3, '0')}.txt`,
        `Report number ${i} from the valley\n\n${`Words of report ${i} about the harvest and the river. `.repeat(12)}\n`
      );
    expect((await ws.run('import', path.join(ws.dir, 'articles'))).code).toBe(0);
    expect((await ws.run('annotate', 'add', '1', '--note', 'Checked against the wire copy')).code).toBe(0);
    damageMiddleArticlesPage(ws.db);

    const checked = await ws.run('doctor');
    expect(checked.code).toBe(2);
    expect(checked.stdout).toContain('Problem (damage)');

    const repaired = await ws.run('doctor', '--repair');
    expect(repaired.code).toBe(2);
    const out = lines(repaired.stdout);
    expect(out[0]).toMatch(
      /^The library file was damaged\. What SQLite could read is now in a new library in its place; the damaged file is kept at .*library\.damaged-.*\.sqlite\.$/
    );
    const articlesLine = out.find((l) => l.startsWith('  articles:'))!;
    const [, recovered, after, before] = /^ {2}articles: (\d+) recovered; lost: the rows between id (\d+) and id (\d+)$/.exec(
      articlesLine
    )!;
    expect(Number(recovered)).toBe(120 - (Number(before) - Number(after) - 1));
    expect(out).toContain('After the recovery:');
    expect(out).toContain('No problems found.');

    const list = await ws.run('list', '--json');
    expect((JSON.parse(list.stdout) as { total: number }).total).toBe(Number(recovered));
    expect((await ws.run('search', 'harvest', '--json')).stdout).toContain(`"total":${recovered}`);
    expect((await ws.run('annotate', 'list')).stdout).toContain('Checked against the wire copy');
    expect(fs.readdirSync(ws.dir).filter((f) => /\.damaged-.*\.sqlite$/.test(f))).toHaveLength(1);
    expect((await ws.run('doctor')).code).toBe(0);
  });
});
