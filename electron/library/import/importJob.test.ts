import { describe, expect, it } from 'vitest';
import type { ImportProgressEvent, StoriesProgressEvent } from '@shared/contract/schemas';
import { importCountsOf } from '@shared/import/counts';
import { countArticles, getArticle, listArticles } from '../articles';
import { SEEDS_DIR } from '../testing/tempLibrary';
import { makeTestFolder, makeTestLibrary } from '../testing/testLibrary';
import { ImportJobs } from './importJob';
import { prestartImportWorker } from './prestartImportWorker';

describe('ImportJobs (worker thread)', () => {
  it('imports in a worker and reports progress with counts, rate and time left, then the grouping into stories', async () => {
    const lib = makeTestLibrary();
    const events: ImportProgressEvent[] = [];
    const stories: StoriesProgressEvent[] = [];
    const jobs = new ImportJobs(lib.file, { onProgress: (e) => events.push(e), onStoriesProgress: (e) => stories.push(e) });
    const report = await jobs.run([SEEDS_DIR]);
    expect(report).toMatchObject({ status: 'done', new: 5, imported: 5 });
    // The worker wrote through its own connection; the host's connection sees the result.
    expect(countArticles(lib.db)).toBe(5);
    // The total as soon as the folders are walked, then reading, then — every file in —
    // grouping the new articles into stories.
    expect(events[0]).toMatchObject({ done: 0, total: 5, phase: 'reading' });
    const reading = events.filter((e) => e.phase === 'reading');
    expect(reading.at(-1)).toMatchObject({ done: 5, total: 5, new: 5 });
    // The last progress the host hears has the report's counts, whatever the worker's throttling.
    expect(importCountsOf(reading.at(-1)!)).toEqual(importCountsOf(report));
    expect(reading.at(-1)!.filesPerSecond).toBeGreaterThan(0);
    expect(events.at(-1)).toMatchObject({ phase: 'grouping', done: 5, new: 5, etaSeconds: null });
    // The grouping's own progress (`stories:progress`, as the Regroup button's): it starts on the
    // articles' terms and ends with one event saying it is done.
    expect(stories[0]).toEqual({ state: 'running', job: 'import', phase: 'vectors', done: 0, total: 5 });
    expect(stories.slice(1).filter((e) => e.state !== 'running')).toEqual([{ state: 'done', job: 'import' }]);
    expect(stories.at(-1)).toEqual({ state: 'done', job: 'import' });
    expect(jobs.busy).toBe(false);
  });

  it('runs its first import on a worker started ahead (crosscheck import), cancel included, and later ones on new workers', async () => {
    const lib = makeTestLibrary();
    const ahead = prestartImportWorker();
    let given = 0;
    const jobs = new ImportJobs(lib.file, {
      prestarted: { give: (job) => (given++, ahead.give(job)), discard: () => ahead.discard() }
    });
    // The job reaches the waiting worker as a message: cancel's shared word included.
    const first = jobs.run([SEEDS_DIR], { defaults: { collection: 'ahead' } });
    expect(jobs.cancel()).toBe(true);
    expect(await first).toMatchObject({ status: 'cancelled', imported: 0 });
    expect(await jobs.run([SEEDS_DIR], { defaults: { collection: 'ahead' } })).toMatchObject({ status: 'done', imported: 5 });
    const items = listArticles(lib.db, { sort: 'title', direction: 'asc', offset: 0, limit: 10 }).items;
    expect(items.map((a) => getArticle(lib.db, a.id)!.collection)).toEqual(Array(5).fill('ahead'));
    expect(given).toBe(1);
  });

  it('fills the outlet and language a file leaves empty with the import defaults, and names the collection', async () => {
    const lib = makeTestLibrary();
    const dir = makeTestFolder({
      'bare.txt': 'Talks fail in Daraa\n\nRebels said the talks with Russia had failed.',
      'tagged.html':
        '<html lang="fr"><head><title>Les pourparlers échouent</title><meta property="og:site_name" content="Le Monde"></head>' +
        '<body><article><p>Les rebelles ont annoncé l’échec des pourparlers avec la Russie à Deraa.</p></article></body></html>'
    });
    const jobs = new ImportJobs(lib.file);
    await jobs.run([dir], { defaults: { outlet: 'BBC News', language: 'en', collection: 'bbc' } });
    const items = listArticles(lib.db, { sort: 'title', direction: 'asc', offset: 0, limit: 10 }).items;
    const bare = getArticle(lib.db, items.find((a) => a.title === 'Talks fail in Daraa')!.id)!;
    const tagged = getArticle(lib.db, items.find((a) => a.title.startsWith('Les pourparlers'))!.id)!;
    expect(bare).toMatchObject({ outlet: 'BBC News', language: 'en', collection: 'bbc' });
    // What the file says is never overwritten.
    expect(tagged).toMatchObject({ outlet: 'Le Monde', language: 'fr', collection: 'bbc' });
  });

  it('refuses a second import while one runs, and cancels between files', async () => {
    const lib = makeTestLibrary();
    const files = Object.fromEntries(
      Array.from({ length: 400 }, (_, i) => [`f${i}.txt`, `Story ${i}\n\nText of story number ${i}.`])
    );
    const dir = makeTestFolder(files);
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
