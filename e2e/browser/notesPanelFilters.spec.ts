import { NotesPanelPage } from '../pages/NotesPanelPage';
import { expect, test } from '../support/fixtures';

interface Listed {
  id: number;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
}

test('the notes panel filters by outlet, publication date and story, as typed in its query box', async ({ app, page }) => {
  const notes = new NotesPanelPage(page);
  await expect(app.libraryRows).toHaveCount(5);
  const list = await notes.api<{ items: Listed[] }>('articles:list', { limit: 50 });
  // Two seeds given different outlets and days, as a user does in Edit details.
  const [first, second] = [list.items[0]!, list.items[1]!];
  await notes.api('articles:correct', { id: first.id, changes: { outlet: 'Agence France-Presse', publishedAt: '2018-07-04' } });
  await notes.api('articles:correct', { id: second.id, changes: { outlet: 'Reuters', publishedAt: '2018-07-06' } });
  const words = async (id: number) => {
    const body = (await notes.api<{ body: string }>('articles:get', { id })).body;
    return body
      .split(/\n+/)
      .find((p) => p.split(' ').length > 12)!
      .split(' ')
      .slice(0, 6)
      .join(' ');
  };
  const quoteA = await words(first.id);
  const quoteB = await words(second.id);
  await notes.highlight(first.id, quoteA, { note: 'first' });
  await notes.highlight(second.id, quoteB, { note: 'second' });
  await notes.open();
  await expect(notes.entries).toHaveCount(2);

  await notes.search.fill('outlet:"Agence France-Presse"');
  await expect(notes.entries).toHaveCount(1);
  await expect(notes.entries).toContainText(quoteA);

  await notes.search.fill('date:2018-07-06');
  await expect(notes.entries).toHaveCount(1);
  await expect(notes.entries).toContainText(quoteB);

  // The seeds are one story: both are in it; a story of another name holds none, and says so.
  const stories = await notes.api<{ stories: Array<{ label: string; articleIds: number[] }> }>('stories:list', {});
  const story = stories.stories.find((s) => s.articleIds.includes(first.id) && s.articleIds.includes(second.id))!;
  await notes.search.fill(`story:"${story.label}"`);
  await expect(notes.entries).toHaveCount(2);
  await notes.search.fill('story:"No such story"');
  await expect(page.getByTestId('notes-query-notes')).toContainText('No story is called “No such story”');
});
