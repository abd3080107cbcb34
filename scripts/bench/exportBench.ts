/**
 * Export benchmark (`npm run bench:export`): 1,000 highlights (half with notes and tags, every
 * colour) over 200 bbc-news-2225 articles imported by the real importer, exported in every format
 * through `export:render` as the app and CLI call it — the whole library's annotations, and a
 * comparison of 12 of the articles with full texts. Medians of 3 runs; the process's peak memory
 * after each format (a running maximum, so it only grows). Baseline, in the same run: pandoc
 * converting our Markdown report to HTML and to DOCX (the tool a user would reach for), when
 * pandoc is installed. Written to docs/benchmarks.md (section export-speed).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '@shared/contract/dispatch';
import type { ChannelInput, ChannelOutput } from '@shared/contract/channels';
import { EXPORT_FORMATS } from '@shared/export/reportModel';
import { createAnnotation } from '../../electron/library/annotations/annotationStore';
import { exportHandlers } from '../../electron/library/export/exportHandlers';
import { findChromium } from '../../electron/library/export/printPdf';
import { importPaths } from '../../electron/library/import/importPaths';
import { openLibrary } from '../../electron/library/library';
import { corporaRoot, median, timed } from './corpora';
import { writeSection } from './report';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROOT = path.resolve(import.meta.dirname, '..', '..');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-export-bench-'));
const library = openLibrary(path.join(dir, 'library.sqlite'), { write: true });
try {
  const bbc = path.join(corporaRoot(), 'bbc-news-2225', 'bbc');
  const files = ['politics', 'business', 'tech', 'sport']
    .flatMap((topic) => fs.readdirSync(path.join(bbc, topic)).sort().slice(0, 60).map((f) => path.join(bbc, topic, f)));
  await importPaths(library.db, files);
  // 200 articles with 5 highlights each (the corpus has a few exact duplicates, hence the spare files).
  const articles = (
    library.db.prepare('SELECT id, body FROM articles ORDER BY id').all() as Array<{ id: number; body: string }>
  ).filter((a) => (a.body.match(/\b[A-Za-z]{5,}\b/g) ?? []).length >= 30).slice(0, 200);
  let made = 0;
  for (const a of articles) {
    const words = [...a.body.matchAll(/\b[A-Za-z]{5,}\b/g)];
    for (let k = 0; k < 5 && made < 1000; k++) {
      const w = words[Math.floor(((k + 1) * words.length) / 6)];
      if (!w || w.index === undefined) continue;
      const end = Math.min(a.body.length, w.index + 40);
      createAnnotation(library.db, {
        kind: 'highlight',
        articleId: a.id,
        start: w.index,
        end,
        colour: (made % 6) + 1,
        ...(made % 2 ? { note: `Note ${made}: check this against the other outlets, **with** a source.`, tags: [`topic${made % 7}`, 'bench'] } : {})
      });
      made++;
    }
  }
  const handlers = exportHandlers(library.db);
  const scopes: Array<{ name: string; scope: ChannelInput<'export:render'>['scope']; fullText: boolean }> = [
    { name: `${made} highlights over ${articles.length} articles`, scope: { kind: 'annotations', filter: {} }, fullText: false },
    { name: 'comparison of 12 articles, full texts', scope: { kind: 'compare', articleIds: articles.slice(0, 12).map((a) => a.id) }, fullText: true }
  ];
  const hasChromium = (() => {
    try {
      return findChromium() !== undefined;
    } catch {
      return false;
    }
  })();
  const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
  const rows: string[] = [];
  for (const { name, scope, fullText } of scopes) {
    let markdown = '';
    const ours = new Map<string, number>();
    for (const format of EXPORT_FORMATS) {
      if (format === 'pdf' && !hasChromium) continue;
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const r = await dispatch(handlers, 'export:render', { scope, format, options: { group: 'article', fullText, includeComparison: true } });
        times.push((performance.now() - started) / 1000);
        if (!r.ok) throw new Error(`${format}: ${r.error.message}`);
        const out = r.value as ChannelOutput<'export:render'>;
        bytes = out.bytes;
        if (format === 'md') markdown = out.content;
      }
      const seconds = median(times);
      ours.set(format, seconds);
      const peak = process.resourceUsage().maxRSS / 1024;
      rows.push(`| ${name} | ${format} | ${seconds.toFixed(3)} | ${(bytes / 1024).toFixed(0)} | ${peak.toFixed(0)} | |`);
    }
    if (hasPandoc) {
      const md = path.join(dir, 'report.md');
      fs.writeFileSync(md, markdown);
      for (const [to, ext, format] of [['html', 'html', 'html'], ['docx', 'docx', 'docx']] as const) {
        const runs = Array.from({ length: RUNS }, () => timed('pandoc', ['-f', 'markdown', '-t', to, '-s', '-o', path.join(dir, `pandoc.${ext}`), md]));
        const seconds = median(runs.map((r) => r.seconds));
        const peak = Math.max(...runs.map((r) => r.peakMiB));
        const ratio = (ours.get(format) ?? NaN) / seconds;
        rows.push(`| ${name} | pandoc md → ${to} (baseline) | ${seconds.toFixed(3)} | ${(fs.statSync(path.join(dir, `pandoc.${ext}`)).size / 1024).toFixed(0)} | ${peak.toFixed(0)} (pandoc) | ours ${ratio.toFixed(2)}× its time |`);
      }
    }
  }
  const body = [
    '## Export (`npm run bench:export`)',
    '',
    `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, medians of ${RUNS}. ` +
      `Each export is \`export:render\` in-process (gathering from the library and rendering; PDF includes starting Chromium). ` +
      'Peak memory is the benchmark process’s running maximum RSS (it only grows from row to row); pandoc’s is its own.' +
      (hasChromium ? '' : ' No Chromium was found, so there is no PDF row.') +
      (hasPandoc ? '' : ' pandoc is not installed, so there is no baseline.'),
    '',
    '| report | format | seconds | KiB | peak MiB | vs pandoc |',
    '|---|---|---:|---:|---:|---|',
    ...rows
  ].join('\n');
  writeSection(path.join(ROOT, 'docs', 'benchmarks.md'), 'export-speed', body);
  console.log(body);
} finally {
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
