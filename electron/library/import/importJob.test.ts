import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportProgressEvent } from '../../../shared/contract/schemas';
import { countArticles } from '../articles';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { ImportJobs } from './importJob';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('ImportJobs (worker thread)', () => {
  it('imports in a worker and reports progress with counts, rate and time left, then the grouping into stories', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const events: ImportProgressEvent[] = [];
    const jobs = new ImportJobs(lib.file, { onProgress: (e) => events.push(e) });
    const report = await jobs.run([SEEDS_DIR]);
    expect(report).toMatchObject({ status: 'done', imported: 5 });
    // The worker wrote through its own connection; the host's connection sees the result.
    expect(countArticles(lib.db)).toBe(5);
    // The total as soon as the folders are walked, then reading, then — every file in —
    // grouping the new articles into stories.
    expect(events[0]).toMatchObject({ done: 0, total: 5, phase: 'reading' });
    const reading = events.filter((e) => e.phase === 'reading');
    expect(reading.at(-1)).toMatchObject({ done: 5, total: 5, imported: 5 });
    expect(reading.at(-1)!.filesPerSecond).toBeGreaterThan(0);
    expect(events.at(-1)).toMatchObject({ phase: 'grouping', done: 5, imported: 5, etaSeconds: null });
    expect(jobs.busy).toBe(false);
  });

  it('refuses a second import while one runs, and cancels between files', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const files = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`f${i}.txt`, `Story ${i}\n\nText of story number ${i}.`]));
    const dir = makeTempFolder(files);
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const jobs = new ImportJobs(lib.file);
    expect(jobs.cancel()).toBe(false);
    const running = jobs.run([dir]);
    expect(() => jobs.run([dir])).toThrow(/already running/);
    expect(jobs.cancel()).toBe(true);
    const report = await running;
    expect(report.status).toBe('cancelled');
    expect(report.imported).toBeLessThan(400);
    expect(countArticles(lib.db)).toBe(report.imported);
  });
});
