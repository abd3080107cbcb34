#!/usr/bin/env node
// `npm test`: every suite — static checks (types in both tsconfigs, lint: each one
// test) and the build (the e2e tests drive the built UI) side by side, then unit tests (vitest), end-to-end tests
// (Playwright in Chromium against browser mode, and the Electron spec where the binary exists).
// It counts from each runner's report *and* exit code (scripts/testSummary.mjs, docs/testing.md),
// lists what failed, what was flaky and what was skipped (why), and ends with one line
// `N passed, N failed, N skipped`; the counts go to test-results/summary.json for .ci/run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../e2e/support/findChromium.mjs';
import { closingLines, combineSuites, summarizeCheck, summarizePlaywright, summarizeVitest, totals } from './testSummary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
// NB: .ci/run reads the summary; one left by an earlier run must not stand in for this one.
rmSync(join(results, 'summary.json'), { force: true });
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

function run(label, args, env = {}) {
  process.stdout.write(`\n=== ${label}\n`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

/**
 * Runs several commands at once, each with its output held back and printed whole under its label
 * when it ends (in the order given), and resolves to their exit codes.
 */
function runTogether(jobs) {
  return Promise.all(
    jobs.map(
      ([label, args]) =>
        new Promise((resolve) => {
          const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
          const chunks = [];
          child.stdout.on('data', (c) => chunks.push(c));
          child.stderr.on('data', (c) => chunks.push(c));
          child.on('error', (error) => resolve({ label, status: 1, output: String(error) }));
          child.on('close', (code) => resolve({ label, status: code ?? 1, output: Buffer.concat(chunks).toString() }));
        })
    )
  ).then((done) =>
    done.map(({ label, status, output }) => {
      process.stdout.write(`\n=== ${label}\n${output}`);
      return status;
    })
  );
}

/** A report the runner wrote during this run, or null (it removed any older one first). */
function readReport(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function finish(suites, notes = []) {
  const t = totals(suites);
  writeFileSync(join(results, 'summary.json'), JSON.stringify({ ...t, suites }, null, 2));
  process.stdout.write(`\n${closingLines(suites, notes).join('\n')}\n`);
  process.exit(t.failed > 0 ? 1 : 0);
}

// A fresh machine without Chromium: one line saying how to get it, before minutes of other suites
// and instead of one launch error per end-to-end test.
const chromium = findChromium();
if (!chromium.path) {
  const setup = summarizeCheck('setup', chromium.problem, 1);
  writeFileSync(join(results, 'summary.json'), JSON.stringify({ ...totals([setup]), suites: [setup] }, null, 2));
  process.stdout.write(`${chromium.problem}\n0 passed, 1 failed, 0 skipped\n`);
  process.exit(1);
}

const suites = [];
const notes = [];

// Static checks: the compiler in strict mode over each runtime's files, and the layering rules.
const checks = [
  ['types (main, engine, CLI)', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.node.json', '--noEmit']],
  ['types (renderer)', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.web.json', '--noEmit']],
  ['lint', [bin('eslint', 'bin/eslint.js'), '.']]
];
// NB: each of these is single-threaded for most of its run, so one after another leaves a core
// idle; side by side they take about half as long on the 2-core machines CI runs on.
const [typesMain, typesRenderer, lint, buildStatus] = await runTogether([
  ...checks,
  ['build', [bin('electron-vite', 'bin/electron-vite.js'), 'build']]
]);
suites.push(
  combineSuites('static', [
    summarizeCheck('static', checks[0][0], typesMain),
    summarizeCheck('static', checks[1][0], typesRenderer),
    summarizeCheck('static', checks[2][0], lint)
  ])
);

const build = summarizeCheck('build', 'build (electron-vite)', buildStatus);
suites.push(build);

// Unit tests.
const unitReport = join(results, 'unit.json');
rmSync(unitReport, { force: true });
const unitStatus = run(
  'unit tests (vitest)',
  [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', `--reporter=${join(root, 'scripts', 'vitestRunReporter.mjs')}`],
  { CROSSCHECK_UNIT_REPORT: unitReport }
);
suites.push(summarizeVitest(readReport(unitReport), unitStatus));

// End-to-end tests: they drive the built app, so a failed build leaves nothing to test.
const e2eReport = join(results, 'e2e.json');
if (build.failed === 0) {
  rmSync(e2eReport, { force: true });
  const e2eStatus = run('end-to-end tests (Playwright)', [bin('@playwright/test', 'cli.js'), 'test'], {
    CHROMIUM_PATH: chromium.path
  });
  suites.push(summarizePlaywright(readReport(e2eReport), e2eStatus));
} else notes.push('End-to-end tests not run: they drive the built app and the build failed.');

finish(suites, notes);
