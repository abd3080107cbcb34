import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, callApi, cliEnv, lines, readSeeds, ROOT, SEEDS_DIR, startServe, workspacesPerTest } from './crosscheck';

const seeds = readSeeds();
const workspace = workspacesPerTest();

interface Story {
  id: number;
  label: string;
  renamed: boolean;
  articleIds: number[];
  paths: string[];
}

describe('crosscheck stories', () => {
  it('groups what `import --no-group` left in no story, and says so once', async () => {
    const ws = workspace();
    const imported = await ws.run('import', SEEDS_DIR, '--no-group');
    expect(imported.code).toBe(0);

    const first = await ws.run('stories');
    expect(first.code).toBe(0);
    expect(lines(first.stderr)).toEqual(['Grouped the articles that were in no story yet.', '1 story']);
    expect(lines(first.stdout)[0]).toMatch(new RegExp(`^\\s+\\d+\\s+${seeds.length} articles {2}\\S`));

    const again = await ws.run('stories');
    expect(lines(again.stderr)).toEqual(['1 story']);
    expect(again.stdout).toBe(first.stdout);
  });

  it('lists stories of two or more articles; an article on its own is counted, not listed', async () => {
    const ws = workspace();
    const other = path.join(ws.dir, 'other');
    fs.mkdirSync(other);
    const lone = path.join(other, 'budget.txt');
    fs.writeFileSync(
      lone,
      'Dutch parliament approves 2019 budget\n\nThe Dutch parliament approved the government budget for 2019 on Thursday after finance minister Wopke Hoekstra agreed to extra spending on schools and nursing.'
    );
    expect((await ws.run('import', SEEDS_DIR, other)).code).toBe(0);

    const text = await ws.run('stories');
    expect(lines(text.stderr)).toEqual(['1 story', '1 article stands alone (in no story of two or more)']);
    expect(lines(text.stdout)).toHaveLength(2);
    const json = JSON.parse((await ws.run('stories', '--json')).stdout) as { stories: Story[]; standalone: number };
    expect(json.standalone).toBe(1);
    expect(json.stories.map((s) => s.articleIds.length)).toEqual([seeds.length]);
    expect(json.stories[0]!.paths).not.toContain(lone);
  });

  it('--regroup groups everything again and keeps the name the user gave a story in the app', async () => {
    const ws = workspace();
    await ws.run('import', SEEDS_DIR);
    const before = JSON.parse((await ws.run('stories', '--json')).stdout).stories as Story[];
    expect(before).toHaveLength(1);

    // Rename it the way a user does: in the app (browser mode, same library).
    const served = await startServe(['--no-seed', '--json', '--db', ws.db], ws.dir);
    try {
      const { url, token } = JSON.parse(served.stdout) as { url: string; token: string };
      const renamed = await callApi(
        new URL(url).origin,
        'stories:rename',
        { id: before[0]!.id, label: 'Daraa talks collapse' },
        token
      );
      expect(renamed).toEqual({ status: 200, body: { ok: true, value: { ok: true } } });
    } finally {
      expect(await served.stop()).toBe(0);
    }

    const text = await ws.run('stories', '--regroup');
    expect(text.code).toBe(0);
    expect(lines(text.stderr)).toEqual(['Regrouped every article, keeping your edits.', '1 story']);
    expect(lines(text.stdout)[0]).toMatch(
      new RegExp(`^\\s+${before[0]!.id}\\s+${seeds.length} articles {2}Daraa talks collapse$`)
    );

    const after = JSON.parse((await ws.run('stories', '--regroup', '--json')).stdout).stories as Story[];
    expect(after).toEqual([{ ...before[0], label: 'Daraa talks collapse', renamed: true }]);
  });

  // NB: util-linux `script` (Linux); macOS's BSD `script` takes other arguments, so elsewhere this is skipped, not failed.
  it.skipIf(process.platform !== 'linux')(
    '--regroup on a terminal shows where it is, and Ctrl+C stops it with the stories as they were (exit 1)',
    async () => {
      const ws = workspace();
      await ws.run('import', SEEDS_DIR);
      // A name the grouping did not give (not the user's either): a regroup that ran would replace it.
      const db = new Database(ws.db);
      db.prepare("UPDATE stories SET label = 'Not what the grouping says'").run();
      db.close();
      const label = async () => (JSON.parse((await ws.run('stories', '--json')).stdout).stories as Story[])[0]!.label;

      // A terminal (util-linux `script`, in every Debian), so the progress shows and ^C typed into it
      // is the terminal's Ctrl+C; each phase of the stories worker waits 30 s (a stop ends the wait).
      // NB: exec: `script` runs the command through $SHELL (/bin/sh when unset, as under CI), and dash,
      // given ^C while it waits, kills itself with SIGINT once its child is done: exit 130 whatever the CLI said.
      // SHELL is set to /bin/sh so a developer's bash (which execs a lone command) hides nothing CI would see.
      const command = 'exec ' + [process.execPath, BIN, 'stories', '--regroup', '--db', ws.db].map((a) => `'${a}'`).join(' ');
      const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
        cwd: ROOT,
        env: { ...cliEnv(ws.dir), SHELL: '/bin/sh', CROSSCHECK_STORIES_PHASE_DELAY_MS: '30000' },
        stdio: ['pipe', 'pipe', 'pipe']
      });
      let shown = '';
      const code = await new Promise<number | null>((resolve) => {
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          shown += d;
          if (shown.includes('Regrouping stories: reading the articles… 0%  (Ctrl+C stops it)') && child.stdin.writable)
            child.stdin.end('\x03');
        });
        child.once('close', resolve);
      });
      expect(shown).toContain('Regrouping was stopped: the stories are as they were.');
      expect(code).toBe(1);
      expect(await label()).toBe('Not what the grouping says');

      // Not stopped, the same regroup names the story anew (the check above can fail).
      expect((await ws.run('stories', '--regroup')).code).toBe(0);
      expect(await label()).not.toBe('Not what the grouping says');
    }
  );
});
