import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Workspace, crosscheck, lines, makeWorkspace } from './crosscheck';

// Usage mistakes exit 3 with one line on stderr (docs/cli.md), naming the mistake and then the
// command's usage, and print nothing on stdout. None of these commands gets as far as writing.

let ws: Workspace;
beforeAll(() => {
  ws = makeWorkspace();
});
afterAll(() => ws.remove());

/** `withoutDb`: align reads no library and takes no --db. */
const MISTAKES: Array<{ args: string[]; reason: RegExp; withoutDb?: true }> = [
  { args: ['import'], reason: /^crosscheck import: name at least one file or folder to import\. Usage: crosscheck import / },
  { args: ['list', '--sort', 'colour'], reason: /^crosscheck list: unknown sort key "colour"\. Usage: crosscheck list / },
  { args: ['search'], reason: /^crosscheck search: give a query\. Usage: crosscheck search / },
  {
    args: ['search', 'Deraa', '--sort', 'newest'],
    reason: /^crosscheck search: --sort must be relevance or date, not newest\. Usage: /
  },
  { args: ['show', 'abc'], reason: /^crosscheck show: "abc" is not an article id: .*Usage: crosscheck show / },
  { args: ['delete'], reason: /^crosscheck delete: give the id of at least one article\. Usage: crosscheck delete / },
  { args: ['compare', '1'], reason: /^crosscheck compare: give 2 to 12 article ids\. Usage: crosscheck compare / },
  { args: ['stories', '--no-group'], reason: /^crosscheck stories: there is no option --no-group\. Usage: crosscheck stories / },
  { args: ['watch', 'add'], reason: /^crosscheck watch: name the folder to watch\. Usage: crosscheck watch / },
  {
    args: ['align', 'a.txt'],
    reason: /^crosscheck align: give two files to compare\. Usage: crosscheck align /,
    withoutDb: true
  },
  {
    args: ['align', 'a.txt', 'b.txt', '--db', 'x.sqlite'],
    reason: /^crosscheck align: there is no option --db\. Usage: crosscheck align /,
    withoutDb: true
  },
  {
    args: ['list', '--limit', '-3'],
    reason: /^crosscheck list: --limit needs a value after it \(.*\)\. Usage: crosscheck list /
  },
  { args: ['search', 'Deraa', '--limit'], reason: /^crosscheck search: --limit needs a value after it \(.*\)\. Usage: / },
  { args: ['serve', '--port', 'abc'], reason: /^crosscheck serve: --port takes a whole number\. Usage: crosscheck serve / },
  { args: ['frobnicate'], reason: /^crosscheck: unknown command "frobnicate"\. Run `crosscheck help`\.$/ },
  // A slip of the fingers gets the name meant (review 12, finding 10); swapped letters count as one.
  {
    args: ['serach', 'Deraa'],
    reason: /^crosscheck: unknown command "serach"\. Did you mean search\? Run `crosscheck help`\.$/,
    withoutDb: true
  },
  { args: ['--versio'], reason: /^crosscheck: unknown command "--versio"\. Did you mean --version\? Run /, withoutDb: true },
  {
    args: ['list', '--jsn'],
    reason: /^crosscheck list: there is no option --jsn\. Did you mean --json\? Usage: crosscheck list /
  },
  {
    args: ['align', 'a.txt', 'b.txt', '--min-word', '3'],
    reason: /^crosscheck align: there is no option --min-word\. Did you mean --min-words\? Usage: crosscheck align /,
    withoutDb: true
  },
  {
    args: ['annotate', 'lsit'],
    reason: /^crosscheck annotate: unknown action "lsit": say add, list or rm\. Did you mean list\? Usage: crosscheck annotate /
  },
  // An article named twice is refused, not compared with itself (finding 11).
  { args: ['compare', '3', '7', '3'], reason: /^crosscheck compare: article 3 is named twice\. Usage: crosscheck compare / },
  {
    args: ['export', '--format', 'md', '--out', 'r.md', '--compare', '3', '3'],
    reason: /^crosscheck export: --compare: article 3 is named twice\. Usage: crosscheck export /
  },
  // Wording (finding 13): an id given as a word is not called "--id", and `annotate --db FILE`
  // (ws.run adds the --db) is told the action is missing, not that "--db" is an unknown one.
  {
    args: ['watch', 'remove', 'abc'],
    reason:
      /^crosscheck watch: "abc" is not a watched folder's id: ids are whole numbers, as `crosscheck watch list` prints them\. Usage: /
  },
  {
    args: ['watch', 'remove'],
    reason: /^crosscheck watch: give the id of the folder, as `crosscheck watch list` prints it\. Usage: /
  },
  { args: ['annotate'], reason: /^crosscheck annotate: say what to do: add, list or rm\. Usage: crosscheck annotate / },
  {
    args: ['annotate', 'rm', 'x'],
    reason: /^crosscheck annotate: "x" is not an annotation id: .*`crosscheck annotate list`.*Usage: /
  },
  { args: ['annotate', 'add', 'x'], reason: /^crosscheck annotate: "x" is not an article id: .*`crosscheck list`.*Usage: / }
];

describe.concurrent('usage mistakes', () => {
  for (const { args, reason, withoutDb } of MISTAKES) {
    it(`crosscheck ${args.join(' ')}`, async ({ expect }) => {
      const result = withoutDb ? await crosscheck(args, { home: ws.dir }) : await ws.run(...args);
      expect(result.code).toBe(3);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toEqual([expect.stringMatching(reason)]);
    });
  }
});

describe('help', () => {
  it('lists the commands docs/cli.md documents, no more and no fewer, with their usage, exit 0', async () => {
    const result = await crosscheck(['help'], { home: ws.dir });
    expect(result.code).toBe(0);
    const documented = [
      ...fs.readFileSync(path.resolve(import.meta.dirname, '../../../docs/cli.md'), 'utf8').matchAll(/^## `crosscheck ([\w-]+)/gm)
    ].map((m) => m[1]);
    const out = lines(result.stdout);
    const start = out.indexOf('Commands:') + 1;
    const rows = out.slice(start, out.indexOf('', start));
    const commands = rows.map((l) => l.trim().split(' ')[0]);
    expect(commands.sort()).toEqual(documented.sort());
    // Every summary starts in one column, however long the command's name (import-annotations).
    expect(new Set(rows.map((l) => l.length - l.replace(/^ {2}\S+ +/, '').length)).size).toBe(1);
    for (const name of documented) expect(out).toContainEqual(expect.stringMatching(new RegExp(`^ {2}crosscheck ${name} `)));
    expect(result.stdout).toContain('Exit codes: 0 success, 1 failure, 2 partly done (some files failed), 3 usage mistake, 4 not found, 5 library busy.');
  });

  it('prints the help but exits 3 when no command is given', async () => {
    const result = await crosscheck([], { home: ws.dir });
    expect(result.code).toBe(3);
    expect(lines(result.stdout)[0]).toBe('Usage: crosscheck <command> [options]');
  });

  it('prints the version of package.json with --version, exit 0', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as {
      version: string;
    };
    const result = await crosscheck(['--version'], { home: ws.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`crosscheck ${version}\n`);
  });

  it('prints one command’s usage for `help <command>`, and refuses an unknown one with a suggestion, exit 3', async () => {
    const known = await crosscheck(['help', 'search'], { home: ws.dir });
    expect(known.code).toBe(0);
    expect(lines(known.stdout)).toEqual([expect.stringMatching(/^Usage: crosscheck search "<query>" /)]);

    const mistyped = await crosscheck(['help', 'serach'], { home: ws.dir });
    expect(mistyped.code).toBe(3);
    expect(mistyped.stdout).toBe('');
    expect(lines(mistyped.stderr)).toEqual([
      'crosscheck help: unknown command "serach". Did you mean search? Run `crosscheck help` for the list.'
    ]);
    const unknown = await crosscheck(['help', 'frobnicate'], { home: ws.dir });
    expect(unknown.code).toBe(3);
    expect(lines(unknown.stderr)).toEqual(['crosscheck help: unknown command "frobnicate". Run `crosscheck help` for the list.']);
  });

  it('prints a command’s usage with --help, exit 0', async () => {
    const result = await ws.run('search', '--help');
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([expect.stringMatching(/^Usage: crosscheck search "<query>" /)]);
  });
});

describe('files that cannot be read', () => {
  it('names the queries file search cannot read, exit 4, with the error object under --json', async () => {
    const missing = `${ws.dir}/queries.txt`;
    const result = await ws.run('search', '--queries', missing, '--json');
    expect(result.code).toBe(4);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'not-found' } });
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^crosscheck search: Cannot read the queries file ${missing}: it does not exist\\b`))
    ]);
  });

  it('names the problem when --db is a folder or not a library, exit 1', async () => {
    const folder = await crosscheck(['list', '--db', ws.dir], { home: ws.dir });
    expect(folder.code).toBe(1);
    expect(lines(folder.stderr)).toEqual([
      expect.stringMatching(/^crosscheck list: The library file .* is a folder\. Name a file with --db/)
    ]);

    const notes = ws.write('notes.sqlite', 'Shopping: bread, milk, eggs.\n'.repeat(40));
    const notALibrary = await crosscheck(['list', '--db', notes], { home: ws.dir });
    expect(notALibrary.code).toBe(1);
    expect(lines(notALibrary.stderr)).toEqual([
      expect.stringMatching(/^crosscheck list: The file .* is not a Crosscheck library/)
    ]);
    expect(fs.readFileSync(notes, 'utf8')).toBe('Shopping: bread, milk, eggs.\n'.repeat(40));
  });
});

describe('export to a folder', () => {
  it('says at once that --out names a folder, with or without --force, and leaves it as it was', async () => {
    // Review 12, finding 13: it said "already exists. Add --force", and with --force "is a folder".
    const folder = path.join(ws.dir, 'reports');
    fs.mkdirSync(folder, { recursive: true });
    for (const force of [[], ['--force']]) {
      const result = await ws.run('export', '--format', 'pdf', '--out', folder, ...force);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toEqual([`crosscheck export: ${folder} is a folder. Give a file name to export to.`]);
    }
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
