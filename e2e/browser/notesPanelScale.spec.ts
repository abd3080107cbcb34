import { hashText } from '@shared/annotations/selectors';
import { NotesPanelPage } from '../pages/NotesPanelPage';
import { expect, test } from '../support/fixtures';

const COUNT = 10_000;

test.describe('notes panel at scale', () => {
  test.setTimeout(300_000);

  test('10,000 annotations: the panel draws a bounded number of rows, and filtering still works', async ({ app, page }) => {
    const notes = new NotesPanelPage(page);
    await expect(app.libraryRows).toHaveCount(5);
    const articles = await notes.articles();
    const bodies = await Promise.all(articles.map((a) => notes.api<{ body: string }>('articles:get', { id: a.id })));
    // Ten thousand highlights spread over the five seeds, colours and tags in turn, read in as a
    // W3C file through Import annotations (one call, one transaction): made one by one over HTTP,
    // each committed durably, they took two minutes of a CI run. NB: each (article, words) once,
    // or the import would rightly count a repeat as a duplicate and store fewer.
    const ranges: Array<{ article: number; start: number; exact: string }> = [];
    const seen = new Set<string>();
    for (let start = 0; ranges.length < COUNT; start++) {
      const before = ranges.length;
      for (const [k, body] of bodies.entries()) {
        const exact = body.body.slice(start, start + 30);
        if (ranges.length === COUNT || exact.length < 30 || seen.has(`${k} ${exact}`)) continue;
        seen.add(`${k} ${exact}`);
        ranges.push({ article: k, start, exact });
      }
      if (ranges.length === before && bodies.every((b) => start >= b.body.length)) throw new Error('the seeds are too short for 10,000 highlights');
    }
    const items = ranges.map(({ article, start, exact }, i) => ({
      type: 'Annotation',
      id: `#bulk-${i}`,
      target: {
        source: `urn:crosscheck:text:${hashText(bodies[article]!.body)}`,
        selector: [
          { type: 'TextQuoteSelector', exact },
          { type: 'TextPositionSelector', start, end: start + 30 }
        ]
      },
      body: [
        { type: 'TextualBody', purpose: 'classifying', id: `urn:crosscheck:colour:${(i % 6) + 1}`, value: '' },
        ...(i % 10 === 0 ? [{ type: 'TextualBody', purpose: 'commenting', value: `bulk note ${i}` }] : []),
        ...(i % 100 === 0 ? [{ type: 'TextualBody', purpose: 'tagging', value: 'hundredth' }] : [])
      ]
    }));
    const report = await notes.api<{ anchored: number }>('annotations:import', {
      content: JSON.stringify({ type: 'AnnotationPage', items })
    });
    expect(report.anchored).toBe(COUNT);

    await notes.open();
    await expect(notes.total).toHaveText('10,000 entries');
    await expect(notes.entries.first()).toBeVisible();
    const drawn = await notes.entries.count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(60);

    // Scrolled to the far end, it still draws only what is on screen, and the last rows load.
    await page.getByTestId('notes-list').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    await expect(notes.entries.last()).toBeVisible();
    expect(await notes.entries.count()).toBeLessThan(60);

    await notes.panel.getByTestId('notes-tag-chip').filter({ hasText: 'hundredth' }).click();
    await expect(notes.total).toHaveText('100 entries');
    await notes.panel.getByTestId('notes-tag-chip').filter({ hasText: 'hundredth' }).click();
    await page.getByTestId('notes-group-colour').click();
    await expect(notes.panel.getByTestId('notes-heading').first()).toContainText('1,667');
    expect(await notes.entries.count()).toBeLessThan(60);
  });
});
