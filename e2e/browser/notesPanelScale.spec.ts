import { NotesPanelPage } from '../pages/NotesPanelPage';
import { expect, test } from '../support/fixtures';

const COUNT = 10_000;

test.describe('notes panel at scale', () => {
  // Ten thousand writes over HTTP, each committed durably, take a while on a loaded machine.
  test.setTimeout(600_000);

  test('10,000 annotations: the panel draws a bounded number of rows, and filtering still works', async ({ app, page }) => {
    const notes = new NotesPanelPage(page);
    await expect(app.libraryRows).toHaveCount(5);
    const articles = await notes.articles();
    const bodies = await Promise.all(articles.map((a) => notes.api<{ body: string }>('articles:get', { id: a.id })));
    // Made through the API, as the app makes them: ranges spread over the five seeds, colours and tags in turn.
    const made = await page.evaluate(
      async ({ count, targets }) => {
        const token = new URLSearchParams(window.location.search).get('token') ?? '';
        let next = 0;
        let ok = 0;
        const worker = async () => {
          while (next < count) {
            const i = next++;
            const target = targets[i % targets.length]!;
            const start = (i * 7) % (target.length - 40);
            const response = await fetch('/api/annotations%3Acreate', {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-crosscheck-token': token },
              body: JSON.stringify({
                kind: 'highlight',
                articleId: target.id,
                start,
                end: start + 30,
                colour: (i % 6) + 1,
                note: i % 10 === 0 ? `bulk note ${i}` : '',
                tags: i % 100 === 0 ? ['hundredth'] : []
              })
            });
            if (((await response.json()) as { ok: boolean }).ok) ok++;
          }
        };
        await Promise.all(Array.from({ length: 8 }, worker));
        return ok;
      },
      { count: COUNT, targets: articles.map((a, i) => ({ id: a.id, length: bodies[i]!.body.length })) }
    );
    expect(made).toBe(COUNT);

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
