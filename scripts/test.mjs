#!/usr/bin/env node
// `npm test`: every suite, in order — static checks (types in both tsconfigs, lint: each one
// test), build (the e2e tests drive the built UI), unit tests
// (vitest), end-to-end tests (Playwright in Chromium against browser mode, and the Electron spec
// where the binary exists). Prints one closing line `N passed, N failed, N skipped` and writes
// the counts to test-results/summary.json for .ci/run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

function run(label, args, env = {}) {
  process.stdout.write(`\n=== ${label}\n`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const suites = [];

// Static checks: the compiler in strict mode over each runtime's files, and the layering rules.
const checks = [
  ['types (main, engine, CLI)', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.node.json', '--noEmit']],
  ['types (renderer)', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.web.json', '--noEmit']],
  ['lint', [bin('eslint', 'bin/eslint.js'), '.']]
];
const staticSuite = { name: 'static', passed: 0, failed: 0, skipped: 0 };
for (const [label, args] of checks) {
  if (run(label, args) === 0) staticSuite.passed++;
  else staticSuite.failed++;
}
suites.push(staticSuite);

const buildStatus = run('build', [bin('electron-vite', 'bin/electron-vite.js'), 'build']);
if (buildStatus !== 0) {
  totals.failed++;
  suites.push({ name: 'build', failed: 1 });
}

// Unit tests.
const unitJson = join(results, 'unit.json');
rmSync(unitJson, { force: true });
run('unit tests (vitest)', [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
if (existsSync(unitJson)) {
  const u = JSON.parse(readFileSync(unitJson, 'utf8'));
  const s = { name: 'unit', passed: u.numPassedTests, failed: u.numFailedTests + (u.numFailedTestSuites ?? 0), skipped: u.numPendingTests + u.numTodoTests };
  suites.push(s);
} else suites.push({ name: 'unit', passed: 0, failed: 1, skipped: 0 });

// End-to-end tests.
const e2eJson = join(results, 'e2e.json');
if (buildStatus === 0) {
  rmSync(e2eJson, { force: true });
  run('end-to-end tests (Playwright)', [bin('@playwright/test', 'cli.js'), 'test']);
  if (existsSync(e2eJson)) {
    const e = JSON.parse(readFileSync(e2eJson, 'utf8')).stats;
    suites.push({ name: 'e2e', passed: e.expected + e.flaky, failed: e.unexpected, skipped: e.skipped });
  } else suites.push({ name: 'e2e', passed: 0, failed: 1, skipped: 0 });
}

for (const s of suites) {
  totals.passed += s.passed ?? 0;
  totals.failed += s.failed ?? 0;
  totals.skipped += s.skipped ?? 0;
}
writeFileSync(join(results, 'summary.json'), JSON.stringify({ ...totals, suites }, null, 2));
process.stdout.write('\n' + suites.map((s) => `${s.name}: ${s.passed ?? 0} passed, ${s.failed ?? 0} failed, ${s.skipped ?? 0} skipped`).join('\n') + '\n');
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(totals.failed > 0 ? 1 : 0);
