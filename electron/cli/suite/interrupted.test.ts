import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getLatestImportReport } from '../../library/import/importRuns';
import { openLibrary } from '../../library/library';
import { ROOT, type Workspace, makeWorkspace } from './crosscheck';

const workspaces: Workspace[] = [];
afterEach(() => {
  for (const ws of workspaces.splice(0)) ws.remove();
});

const FILES = 3000;

/** Reads the library from the side, as another process would, while the import writes it. */
function runningRun(db: string): { imported: number } | undefined {
  try {
    const reader = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return reader.prepare("SELECT imported FROM import_runs WHERE status = 'running' AND imported > 0").get() as { imported: number } | undefined;
    } finally {
      reader.close();
    }
  } catch {
    return undefined; // not created yet, or mid-creation
  }
}

function unplaced(db: string): number {
  const reader = new Database(db, { readonly: true });
  try {
    return reader
      .prepare('SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)')
      .pluck()
      .get() as number;
  } finally {
    reader.close();
  }
}

describe('a killed import (issue 13)', () => {
  it('shows as interrupted with how far it got, and the next import places the articles it left in no story', async () => {
    const ws = makeWorkspace();
    workspaces.push(ws);
    for (let i = 0; i < FILES; i++) {
      ws.write(`in/report-${String(i).padStart(5, '0')}.txt`, `Report number ${i}\n\nThe council met on day ${i} and voted ${i % 7} to ${i % 5} on plan ${i * 7919} for the harbour district, ward ${i % 13}, after a long debate about budget line ${i * 31}.\n`);
    }
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'crosscheck.mjs'), 'import', path.join(ws.dir, 'in'), '--db', ws.db], {
      cwd: ROOT,
      env: { ...process.env, CROSSCHECK_HOME: ws.dir },
      stdio: 'ignore'
    });
    const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
    let seen: { imported: number } | undefined;
    while (child.exitCode === null && !(seen = runningRun(ws.db))) await new Promise((r) => setTimeout(r, 20));
    expect(seen, 'the import finished before it could be killed; give it more files').toBeDefined();
    child.kill('SIGKILL');
    await exited;
    expect(unplaced(ws.db)).toBeGreaterThan(0);

    // The next open (any command, or the app) finds the run's process gone.
    const library = openLibrary(ws.db);
    const report = getLatestImportReport(library.db)!;
    library.close();
    expect(report.status).toBe('interrupted');
    expect(report.imported).toBeGreaterThanOrEqual(seen!.imported);
    expect(report.imported).toBeLessThan(FILES);
    const note = report.problems.find((p) => p.code === 'interrupted')!;
    expect(note.message).toContain(`had written ${report.imported} article`);
    expect(note.message).toMatch(/Import the same files again/);

    expect(note.message).toMatch(/found \d+ unchanged, \d+ duplicates, /);

    // An import that adds nothing (the first file again: unchanged, not a duplicate) still places them.
    const again = await ws.run('import', path.join(ws.dir, 'in', 'report-00000.txt'));
    expect(again.stdout).toMatch(/unchanged 1, duplicates 0,/);
    expect(unplaced(ws.db)).toBe(0);
  });
});
