import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR, makeTempFolder } from '../library/testing/tempLibrary';
import { runCliCaptured } from './testing/runCliCaptured';

/**
 * `crosscheck export` in-process (run.ts, as bin/crosscheck.mjs calls it), for the findings of
 * review 13: citations number paragraphs as the reader shows them (#2), footnotes are numbered per
 * report (#17), `--out`'s ending and `--format` must agree (#20), progress on a terminal (#21).
 * The built binary's suite is electron/cli/suite/export.test.ts.
 */

/** What redraws a terminal's line: back to its start, then erase it. */
const CLEAR = '\r\x1b[2K';

let dir: string;
let db: string;

const cli = (argv: string[], stderrIsTTY = false) => runCliCaptured(argv, { stderrIsTTY });

async function cliOk(argv: string[]): Promise<string> {
  const r = await cli(argv);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

async function ok(...argv: string[]): Promise<string> {
  const r = await cli([...argv, '--db', db]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

beforeAll(async () => {
  dir = makeTempFolder({
    // Not about the seeds' story: imported without grouping, so it stays out of story 1.
    'other.txt': 'Harvest festival opens in Lyon\n\nThe harvest festival opened in Lyon on Saturday with music and markets.\n'
  });
  db = path.join(dir, 'lib.sqlite');
  await ok('import', SEEDS_DIR, '--json');
  await ok('import', path.join(dir, 'other.txt'), '--no-group', '--json');
  // Made in this order so the library's ids skip one in story 1's report: 1 (article 1), 2 (the
  // festival, outside the story), 3 (article 2).
  await ok('annotate', 'add', '1', '--quote', 'Negotiations with the Russian enemy in Busra al-Sham have failed', '--json');
  await ok('annotate', 'add', '6', '--quote', 'harvest festival opened', '--json');
  await ok('annotate', 'add', '2', '--quote', 'Syrian', '--json');
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function exported(format: string, ...scope: string[]): Promise<string> {
  const out = path.join(dir, `report-${format}-${scope.join('-')}.${format}`);
  return ok('export', '--format', format, '--out', out, '--force', ...scope).then(() => fs.readFileSync(out, 'utf8'));
}

describe('crosscheck export (review 13)', () => {
  it('cites the paragraph the reader shows: the first stored line repeating the title is not counted (#2)', async () => {
    const body: string = JSON.parse(await ok('show', '1', '--json')).body;
    // The stored body opens with the title, which the reader leaves out.
    expect(body.startsWith('Russia strikes Daraa after failure of ceasefire talks with Syria rebels\n\n')).toBe(true);
    // In the reader: 1 "The talks broke down…", 2 "04 July, 2018", 3 "Russian airstrikes…",
    // 4 "The Syrian rebels…", 5 "It was their last day…", 6 "Negotiations…" (the reviewer's count).
    const md = await exported('md', '--articles', '1');
    // With no URL the citation names the file it came from (review 15, #4) before the paragraph.
    expect(md).toMatch(/^\[\^h1\]: The New Arab, .*4 July 2018, file \S+\.txt, imported [^,]+, paragraph 6\.$/m);
    const rows = Papa.parse<Record<string, string>>(await exported('csv', '--articles', '1'), { header: true }).data;
    expect(rows.find((r) => r.quote?.startsWith('Negotiations'))?.paragraph).toBe('6');
  });

  it('numbers footnotes 1, 2… in the report, whatever the highlights’ ids in the library (#17)', async () => {
    const md = await exported('md', '--story', '1');
    // The festival's highlight (library id 2) is not in the story's report.
    expect(md).not.toContain('harvest festival');
    expect([...md.matchAll(/^\[\^(h\d+)\]:/gm)].map((m) => m[1])).toEqual(['h1', 'h2']);
    expect(md).toContain('==Syrian==[^h2]');
  });

  it('refuses --format md into a file named .pdf, and takes the format from --out when --format is left out (#20)', async () => {
    const pdf = path.join(dir, 'x.pdf');
    const contradicting = await cli(['export', '--format', 'md', '--out', pdf, '--articles', '1', '--db', db]);
    expect(contradicting.code).toBe(3);
    expect(contradicting.stderr).toMatch(
      /^crosscheck export: --out x\.pdf is named as a PDF file, but --format md writes Markdown: give --format pdf, or an --out file ending in \.md\. Usage: /
    );
    expect(fs.existsSync(pdf)).toBe(false);

    // An ending no format uses is the user's choice; `.json` is W3C JSON's everyday name too.
    await ok('export', '--format', 'md', '--out', path.join(dir, 'notes.txt'), '--articles', '1');
    await ok('export', '--format', 'json', '--out', path.join(dir, 'w3c.json'), '--articles', '1');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'w3c.json'), 'utf8')).type).toBe('AnnotationCollection');

    const html = path.join(dir, 'by-ending.html');
    expect(await ok('export', '--out', html, '--articles', '1')).toMatch(/^Wrote .*by-ending\.html \(html, /);
    expect(fs.readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    const ambiguous = await cli(['export', '--out', path.join(dir, 'x.json'), '--articles', '1', '--db', db]);
    expect(ambiguous.code).toBe(3);
    expect(ambiguous.stderr).toMatch(
      /^crosscheck export: give --format: a \.json file can be json \(W3C JSON\) or csl \(CSL-JSON\)\. Usage: /
    );
  });

  it('never writes a report over the library, its -wal, its backups or another SQLite database, even with --force (review 14, #1)', async () => {
    const count = async (file: string) => JSON.parse(await cliOk(['list', '--json', '--db', file])).total as number;
    const before = await count(db);
    expect(before).toBeGreaterThan(0);
    expect((await cli(['backup', '--db', db])).code).toBe(0);
    const backups = path.join(dir, 'backups');
    const [backup] = fs.readdirSync(backups);
    const copy = path.join(makeTempFolder({}), 'copy.sqlite');
    fs.copyFileSync(path.join(backups, backup!), copy);
    const cases: Array<[string, RegExp]> = [
      [db, /is the library this export is made from: an export never replaces it\. Choose another file name\.\n$/],
      [`${db}-wal`, /is the wal file of the library this export is made from/],
      [
        path.join(backups, backup!),
        /is in the library's backups folder, which holds only backups: an export never writes there\. Choose another folder\.\n$/
      ],
      [path.join(backups, 'new-report.md'), /is in the library's backups folder/],
      [
        copy,
        /is an SQLite database \(a library or a backup, perhaps\): an export never replaces one\. Choose another file name\.\n$/
      ]
    ];
    for (const [out, sentence] of cases)
      for (const force of [['--force'], []]) {
        const r = await cli(['export', '--format', 'md', '--articles', '1', '--out', out, ...force, '--db', db]);
        expect(r.code, `${out} ${force.join('')}`).toBe(1);
        expect(r.stderr.startsWith(`crosscheck export: ${out} is `)).toBe(true);
        expect(r.stderr).toMatch(sentence);
      }
    // The library still opens, with every article; the backup and the copy are still databases of them.
    expect(await count(db)).toBe(before);
    expect(await count(copy)).toBe(before);
    expect(fs.readdirSync(backups)).toEqual([backup]);
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  });

  it("never writes a report over another library's -wal, -shm or -journal, nor a log or journal elsewhere, even with --force (review 15, #1)", async () => {
    const folder = makeTempFolder({});
    const other = path.join(folder, 'other.sqlite');
    fs.copyFileSync(db, other);
    // Another process has the other library open in WAL mode and has committed a note that is
    // only in its -wal (no checkpoint yet), as a crash would leave it.
    const writer = new Database(other);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    const notesBefore = (writer.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n;
    writer
      .prepare(
        "INSERT INTO annotations (kind, article_id, note, created_at, updated_at) VALUES ('article-note', 1, 'only in the -wal', '2026-12-07', '2026-12-07')"
      )
      .run();
    expect(fs.statSync(`${other}-wal`).size).toBeGreaterThan(0);
    // The same log and a hot journal's first bytes under names that say nothing of SQLite.
    const log = path.join(folder, 'log.bin');
    fs.copyFileSync(`${other}-wal`, log);
    const journal = path.join(folder, 'journal.bin');
    fs.writeFileSync(journal, Buffer.concat([Buffer.from('d9d505f920a163d7', 'hex'), Buffer.alloc(504)]));
    const cases: Array<[string, RegExp]> = [
      [
        `${other}-wal`,
        /is an SQLite write-ahead log or journal, which may hold a library's latest changes: an export never replaces one\. Choose another file name\.\n$/
      ],
      [
        `${other}-shm`,
        /is the shm file of the SQLite database other\.sqlite: an export never writes there\. Choose another file name\.\n$/
      ],
      [`${other}-journal`, /is the journal file of the SQLite database other\.sqlite: an export never writes there\./],
      [log, /is an SQLite write-ahead log or journal/],
      [journal, /is an SQLite write-ahead log or journal/]
    ];
    const bytes = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file) : undefined);
    for (const [out, sentence] of cases) {
      const before = bytes(out);
      for (const force of [['--force'], []]) {
        const r = await cli(['export', '--format', 'md', '--articles', '1', '--out', out, ...force, '--db', db]);
        expect(r.code, `${out} ${force.join('')}`).toBe(1);
        expect(r.stderr.startsWith(`crosscheck export: ${out} is `)).toBe(true);
        expect(r.stderr).toMatch(sentence);
      }
      expect(bytes(out), out).toEqual(before);
    }
    writer.close();
    const reader = new Database(other, { readonly: true });
    const notes = reader.prepare('SELECT note FROM annotations').all() as Array<{ note: string | null }>;
    reader.close();
    expect(notes).toHaveLength(notesBefore + 1);
    expect(notes.map((n) => n.note)).toContain('only in the -wal');
    // A report beside a library under any other name is still written.
    await ok('export', '--format', 'md', '--articles', '1', '--out', path.join(folder, 'other.sqlite-notes.md'));
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('writes a long name the folder takes, and says in a sentence when a name is too long, leaving nothing behind (review 14, #2)', async () => {
    const folder = makeTempFolder({});
    // 243 bytes: legal (255 is the limit here), but the old temporary name added ~20 and failed.
    const long = path.join(folder, `${'r'.repeat(240)}.md`);
    await ok('export', '--format', 'md', '--articles', '1', '--out', long);
    await ok('export', '--format', 'md', '--articles', '1', '--out', long, '--force');
    expect(fs.readFileSync(long, 'utf8')).toMatch(/^---\ntitle: /);
    const tooLong = path.join(folder, `${'é'.repeat(150)}.md`);
    const r = await cli(['export', '--format', 'md', '--articles', '1', '--out', tooLong, '--force', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `crosscheck export: The file name of ${tooLong} is too long (303 bytes; most systems take at most 255). Choose a shorter name.\n`
    );
    // Only the long report: no temporary file of either export is left in the folder.
    expect(fs.readdirSync(folder)).toEqual([path.basename(long)]);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('says on a terminal that the PDF is being printed, and nothing extra when stderr is not one or with --json (#21)', async () => {
    // A stand-in for Chromium that fails at once: the notice comes before Chromium starts.
    const fake = path.join(dir, 'fake-chromium.sh');
    fs.writeFileSync(fake, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = fake;
    try {
      const args = ['export', '--format', 'pdf', '--out', path.join(dir, 'p.pdf'), '--articles', '1', '--db', db];
      const terminal = await cli(args, true);
      expect(terminal.code).toBe(1);
      expect(terminal.stderr).toContain(`${CLEAR}Printing the PDF with Chromium…`);
      // The progress line is cleared before the error, which stays on a line of its own.
      const error = terminal.stderr.slice(terminal.stderr.lastIndexOf(CLEAR) + CLEAR.length);
      expect(error).toMatch(/^crosscheck export: Chromium .* could not print the report.*\n$/);
      expect(error.split('\n')).toHaveLength(2);
      for (const quiet of [await cli(args, false), await cli([...args, '--json'], true)]) {
        expect(quiet.code).toBe(1);
        expect(quiet.stderr).not.toContain('Printing');
        expect(quiet.stderr).not.toContain(CLEAR);
        expect(quiet.stderr).toMatch(/^crosscheck export: Chromium .* could not print the report[^\r]*\n$/);
      }
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
