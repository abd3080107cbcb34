import { describe, expect, it } from 'vitest';
import { type CliResult, lines, readSeeds, workspacesPerTest } from './crosscheck';

const workspace = workspacesPerTest();

const RETITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J';
// C0 controls but tab and line feed, DEL and C1: none may reach the terminal from a file.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Asserts nothing a command printed carries a raw control character. */
function expectNoControls(result: CliResult, what: string): void {
  expect(RAW_CONTROL.test(result.stdout), `${what} stdout: ${JSON.stringify(result.stdout)}`).toBe(false);
  expect(RAW_CONTROL.test(result.stderr), `${what} stderr: ${JSON.stringify(result.stderr)}`).toBe(false);
}

describe('text from files is printed with its control characters escaped (issue 13)', () => {
  it('import, list, search, show, stories, compare, watch and align neither retitle nor clear the terminal', async () => {
    const ws = workspace();
    const [seedA, seedB] = readSeeds();
    const folder = `${ws.dir}/in${CLEAR}box`;
    const named = ws.write(`in${CLEAR}box/report${RETITLE}${CLEAR}.txt`, `Quake${RETITLE} hits the coast${CLEAR}\n\n${seedA!.text}`);
    ws.write(`in${CLEAR}box/second.txt`, seedB!.text);
    // An empty file fails; its name tries to forge a second report line.
    ws.write(`in${CLEAR}box/empty\n  failed    /etc/forged.txt: Forged.txt`, '');

    const imported = await ws.run('import', folder);
    expectNoControls(imported, 'import');
    const report = lines(imported.stdout);
    expect(report[0]).toMatch(/^New 2, .* failed 1\.$/);
    // One line per problem: the line feed in the name is shown as \u{a}, not obeyed.
    expect(report).toHaveLength(2);
    expect(report[1]).toContain('empty\\u{a}  failed    /etc/forged.txt');
    expect(report[1]).toContain('in\\u{1b}[2Jbox');

    // Import already drops control characters from titles and text; the paths keep theirs.
    const list = await ws.run('list');
    expectNoControls(list, 'list');
    expect(list.stdout).toContain('Quake');
    const search = await ws.run('search', 'Quake');
    expectNoControls(search, 'search');
    expect(search.stdout).toContain('Quake');

    const id = (JSON.parse((await ws.run('list', '--json')).stdout) as { items: Array<{ id: number; title: string }> }).items.find(
      (a) => a.title.startsWith('Quake')
    )!.id;
    const show = await ws.run('show', String(id));
    expectNoControls(show, 'show');
    expect(show.stdout).toContain(`Source: ${named.split('\u001b').join('\\u{1b}').split('\u0007').join('\\u{7}')}`);
    expectNoControls(await ws.run('show', String(id), '--original'), 'show --original');
    expectNoControls(await ws.run('stories'), 'stories');
    expectNoControls(await ws.run('compare', '1', '2'), 'compare');

    expectNoControls(await ws.run('watch', 'add', folder), 'watch add');
    const watched = await ws.run('watch', 'list');
    expectNoControls(watched, 'watch list');
    expect(watched.stdout).toContain('in\\u{1b}[2Jbox');

    const align = await ws.run('align', named, `${folder}/second.txt`);
    expectNoControls(align, 'align');
  });
});
