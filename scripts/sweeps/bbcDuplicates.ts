/**
 * Sweep (`npm run sweep:bbc-duplicates`): imports ../shared/corpora/bbc-news-2225 into a temp
 * library through the built CLI, as a user would, and checks against the corpus's
 * `exact_duplicate_groups.tsv` (98 byte-identical pairs, computed with md5 by the corpus's author):
 *
 * - of each pair, one file is stored and the other is reported as a duplicate *of the article the
 *   stored one became* (the id in the report is that file's article id in the library);
 * - every other file imports: a failure or a skip fails the sweep, and so does a duplicate outside
 *   the list unless its text is its twin's up to white space and letter case (the import's
 *   duplicate rule; three BBC files differ from their twin only in paragraph breaks or "Grand
 *   Slam" vs "grand slam"), checked here on the files themselves.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ImportReport } from '@shared/contract/schemas';
import { corporaRoot } from '../bench/corpora';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const corpus = path.join(corporaRoot(), 'bbc-news-2225');
const folder = path.join(corpus, 'bbc');
const relative = (file: string): string => path.relative(folder, file).split(path.sep).join('/');

const pairs = fs
  .readFileSync(path.join(corpus, 'exact_duplicate_groups.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t').map((f) => f.trim().replace(/^bbc\//, '')));
const expectedDuplicates = new Set(pairs.flat());

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-sweep-bbc-'));
const problems: string[] = [];
try {
  const db = path.join(dir, 'lib.sqlite');
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin', 'crosscheck.mjs'), 'import', folder, '--no-group', '--db', db, '--json'],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    }
  );
  if (run.status !== 0 && run.status !== 2) throw new Error(`crosscheck import exited with ${run.status}: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as ImportReport;

  // The article each stored file became, read from the library the import wrote.
  const library = new Database(db, { readonly: true });
  const articleOf = new Map<string, number>();
  for (const row of library.prepare('SELECT id, source_path AS path FROM articles').all() as Array<{
    id: number;
    path: string;
  }>) {
    articleOf.set(relative(row.path), row.id);
  }
  library.close();

  const duplicateOf = new Map<string, number>();
  for (const p of report.problems) {
    const file = relative(p.path);
    if (p.kind === 'duplicate' && p.articleId !== null) duplicateOf.set(file, p.articleId);
    else if (p.kind === 'failed' || p.kind === 'skipped') problems.push(`${file} did not import (${p.code}): ${p.message}`);
  }
  const fileOf = new Map([...articleOf].map(([file, id]) => [id, file]));
  const folded = (file: string): string =>
    fs.readFileSync(path.join(folder, file), 'utf8').replace(/\s+/g, ' ').trim().toLowerCase();
  let sameUpToCase = 0;
  for (const [file, id] of duplicateOf) {
    if (expectedDuplicates.has(file)) continue;
    const twin = fileOf.get(id);
    if (twin !== undefined && folded(twin) === folded(file)) sameUpToCase++;
    else
      problems.push(
        `${file} was reported as a duplicate of article ${id} (${twin ?? 'no file'}), but is in no exact-duplicate pair and its text differs`
      );
  }

  let confirmed = 0;
  for (const files of pairs) {
    const reported = files.filter((f) => duplicateOf.has(f));
    const stored = files.filter((f) => articleOf.has(f));
    if (reported.length !== files.length - 1 || stored.length !== 1) {
      problems.push(
        `pair ${files.join(' = ')}: ${stored.length} stored, ${reported.length} reported as duplicates (expected 1 and ${files.length - 1})`
      );
      continue;
    }
    const twinArticle = articleOf.get(stored[0]!)!;
    const wrong = reported.filter((f) => duplicateOf.get(f) !== twinArticle);
    if (wrong.length) {
      problems.push(
        `pair ${files.join(' = ')}: ${wrong[0]} points at article ${duplicateOf.get(wrong[0]!)}, but its twin ${stored[0]} became article ${twinArticle}`
      );
      continue;
    }
    confirmed++;
  }
  const total = fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.')).length;
  if (articleOf.size + duplicateOf.size !== total) {
    problems.push(`${total} files in the corpus, but ${articleOf.size} stored and ${duplicateOf.size} reported as duplicates`);
  }
  process.stdout.write(
    `bbc-news-2225: ${total} files, imported ${report.imported}, duplicates ${report.duplicates}, failed ${report.failed}, skipped ${report.skipped}; ` +
      `exact-duplicate pairs confirmed (reported, pointing at the twin's article) ${confirmed}/${pairs.length}; ` +
      `other duplicates, same text up to white space and case ${sameUpToCase}\n`
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
if (problems.length) {
  process.stdout.write(`FAIL: ${problems.length} problem(s)\n  ${problems.slice(0, 40).join('\n  ')}\n`);
  process.exit(1);
}
process.stdout.write('OK: every file imported or is a listed duplicate of the article its twin became\n');
