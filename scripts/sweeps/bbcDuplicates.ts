/**
 * Sweep (`npm run sweep:bbc-duplicates`): imports ../shared/corpora/bbc-news-2225 into a temp
 * library through the CLI and checks that the import report names every exact-duplicate pair of
 * the corpus's `exact_duplicate_groups.tsv` (98 byte-identical pairs): the second file of each
 * pair must be reported as a duplicate of the article the first one became.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportReport } from '../../shared/contract/schemas';
import { corporaRoot } from '../bench/corpora';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const corpus = path.join(corporaRoot(), 'bbc-news-2225');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-sweep-bbc-'));
try {
  const db = path.join(dir, 'lib.sqlite');
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'crosscheck.mjs'), 'import', path.join(corpus, 'bbc'), '--db', db, '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  });
  if (run.status !== 0 && run.status !== 2) throw new Error(`import failed (${run.status}): ${run.stderr}`);
  const report = JSON.parse(run.stdout) as ImportReport;
  const list = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'crosscheck.mjs'), 'show', '1', '--db', db, '--json'], { encoding: 'utf8' });
  if (list.status !== 0) throw new Error('library unreadable after import');

  // Which file each duplicate report line points back to: the article's source path.
  const duplicateOf = new Map<string, number>();
  for (const p of report.problems) if (p.kind === 'duplicate' && p.articleId !== null) duplicateOf.set(path.relative(path.join(corpus, 'bbc'), p.path), p.articleId);

  const pairs = fs
    .readFileSync(path.join(corpus, 'exact_duplicate_groups.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((f) => f.trim().replace(/^bbc\//, '')));
  let found = 0;
  const missing: string[] = [];
  for (const files of pairs) {
    const reported = files.filter((f) => duplicateOf.has(f));
    // Exactly one file of each group is stored; every other one is reported as its duplicate.
    if (reported.length === files.length - 1) found++;
    else missing.push(files.join(' = '));
  }
  process.stdout.write(
    `bbc-news-2225: imported ${report.imported}, duplicates ${report.duplicates}, failed ${report.failed}; ` +
      `exact-duplicate groups reported ${found}/${pairs.length}\n`
  );
  for (const p of report.problems.filter((x) => x.kind === 'failed')) process.stdout.write(`  failed: ${p.path}: ${p.message}\n`);
  if (missing.length) {
    process.stdout.write(`Groups not reported as duplicates:\n  ${missing.slice(0, 20).join('\n  ')}\n`);
    process.exit(1);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
