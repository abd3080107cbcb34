import { describe, expect, it } from 'vitest';
import { lines, workspacesPerTest } from './crosscheck';

const workspace = workspacesPerTest();

const FILES: Readonly<Record<string, string>> = {
  'buses.txt':
    'Night buses return to the harbour route\n\nThe transport authority said night buses would run along the harbour route again from Monday.\n',
  'readme.txt': 'README for this folder of files\n\nThese files were collected by hand in January; the folder list is below.\n'
};

/** A library of the two files above; `idOf(title words)`. */
async function setup() {
  const ws = workspace();
  for (const [name, text] of Object.entries(FILES)) ws.write(`in/${name}`, text);
  expect((await ws.run('import', `${ws.dir}/in`, '--no-group')).code).toBe(0);
  const items = JSON.parse((await ws.run('list', '--json')).stdout).items as Array<{ id: number; title: string }>;
  const idOf = (words: string) => String(items.find((a) => a.title.includes(words))!.id);
  return { ws, idOf };
}

describe('crosscheck delete', () => {
  it('refuses without --yes when it cannot ask, then deletes with it: gone from list and search, its highlight an orphan', async () => {
    const { ws, idOf } = await setup();
    const readme = idOf('README');
    expect((await ws.run('annotate', 'add', readme, '--quote', 'collected by hand', '--note', 'Not an article')).code).toBe(0);

    // The suite's stdin is not a terminal: nothing is deleted without --yes.
    const refused = await ws.run('delete', readme);
    expect(refused.code).toBe(3);
    expect(refused.stdout).toBe('');
    expect(lines(refused.stderr)).toEqual([
      'crosscheck delete: this would delete 1 article (1 highlight on it will be kept as an orphan); nothing was deleted. Run it again with --yes to delete (there is no terminal to ask on). Usage: crosscheck delete <id...> [--yes] [--db FILE] [--json]'
    ]);
    expect(JSON.parse((await ws.run('search', 'README', '--json')).stdout).hits).toHaveLength(1);

    const done = await ws.run('delete', readme, '--yes');
    expect(done.code).toBe(0);
    expect(lines(done.stdout)).toEqual([
      'Deleted 1 article. 1 highlight on it is kept as an orphan: crosscheck annotate list --state orphan lists them.'
    ]);
    const listed = JSON.parse((await ws.run('list', '--json')).stdout).items as Array<{ title: string }>;
    expect(listed.map((a) => a.title)).toEqual(['Night buses return to the harbour route']);
    expect(JSON.parse((await ws.run('search', 'README', '--json')).stdout).hits).toEqual([]);
    const orphans = JSON.parse((await ws.run('annotate', 'list', '--state', 'orphan', '--json')).stdout).items;
    expect(orphans).toEqual([
      expect.objectContaining({
        articleId: null,
        orphanReason: 'deleted',
        note: 'Not an article',
        anchor: expect.objectContaining({ quote: expect.objectContaining({ exact: 'collected by hand' }) })
      })
    ]);

    // The deleted article was the newest: the next import gets an id no article ever had.
    expect(Number(readme)).toBeGreaterThan(Number(idOf('Night buses')));
    ws.write(
      'more/ferry.txt',
      'Ferry strike ends\n\nFerry crews returned to work on Friday after the union accepted a new pay offer.\n'
    );
    expect((await ws.run('import', `${ws.dir}/more`, '--no-group')).code).toBe(0);
    const after = JSON.parse((await ws.run('list', '--json')).stdout).items as Array<{ id: number; title: string }>;
    expect(after.find((a) => a.title === 'Ferry strike ends')!.id).toBe(Number(readme) + 1);
  });

  it('deletes nothing when an id is not in the library: exit 4, one sentence, and the error object with --json', async () => {
    const { ws, idOf } = await setup();
    const result = await ws.run('delete', idOf('Night buses'), '99', '--yes', '--json');
    expect(result.code).toBe(4);
    expect(JSON.parse(result.stdout)).toEqual({
      error: { code: 'not-found', message: expect.stringMatching(/^Article 99 is not in the library; nothing was deleted\./) }
    });
    expect(lines(result.stderr)).toEqual([
      'crosscheck delete: Article 99 is not in the library; nothing was deleted. Check the ids with crosscheck list, or reload the list and pick again.'
    ]);
    expect(JSON.parse((await ws.run('list', '--json')).stdout).total).toBe(2);
  });
});
