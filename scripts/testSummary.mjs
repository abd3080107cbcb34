// How `npm test` counts (docs/testing.md): pure functions from each runner's report and exit
// code to one suite summary, and from the summaries to the closing lines. Kept apart from
// scripts/test.mjs, which spawns the runners, so the counting is tested on crafted reports.
//
// The rules: each test counts once, whatever describe blocks enclose it; a test that failed,
// never ran, or a run-level error (a file that did not load, an unhandled error, a failing hook,
// a runner that exits non-zero without saying why, a missing report) counts as one failure with
// a sentence saying what went wrong; a test that passed only on a retry is flaky, listed on its
// own and not counted as passed; a skipped test is listed with its reason.

/** Terminal colour codes in a runner's message (built from a string: a control character in a regex literal reads as a typo). */
const COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const plain = (text) => String(text ?? '').replace(COLOURS, '');

/** The first non-empty line of a message, without colours. */
function firstLine(text) {
  const lines = plain(text)
    .split('\n')
    .map((l) => l.trim());
  return lines.find((l) => l !== '') ?? '';
}

function emptySuite(name) {
  return { name, passed: 0, failed: 0, skipped: 0, flaky: 0, failures: [], flakyTests: [], skippedTests: [] };
}

function fail(suite, what) {
  suite.failed++;
  suite.failures.push(what);
}

/** One static check or build step: a test that passed when its command exited 0. */
export function summarizeCheck(name, label, exitCode) {
  const suite = emptySuite(name);
  if (exitCode === 0) suite.passed++;
  else fail(suite, `${label} (exit code ${exitCode})`);
  return suite;
}

/**
 * The unit tests, from scripts/vitestRunReporter.mjs's report (null when vitest wrote none).
 * NB: vitest's own JSON report counts a failed test again for each describe around it and for
 * its file, and leaves out unhandled errors; this reads one entry per test instead.
 */
export function summarizeVitest(report, exitCode) {
  const suite = emptySuite('unit');
  if (!report) {
    fail(suite, `vitest wrote no report and exited with code ${exitCode}: it crashed or never started (see its output above)`);
    return suite;
  }
  // Files where something outside a test failed: their tests skipped at run time never ran.
  const broken = new Set([...(report.moduleErrors ?? []), ...(report.suiteErrors ?? [])].map((e) => e.file));
  for (const test of report.tests ?? []) {
    const name = `${test.file} › ${test.name}`;
    if (test.state === 'passed' && test.flaky) {
      suite.flaky++;
      suite.flakyTests.push(name);
    } else if (test.state === 'passed') suite.passed++;
    else if (test.state === 'failed') fail(suite, `${name}${test.message ? `: ${firstLine(test.message)}` : ''}`);
    else if (
      test.state === 'skipped' &&
      test.mode === 'run' &&
      !test.note &&
      (broken.has(test.file) || report.reason === 'interrupted')
    ) {
      // Skipped without asking to be: a hook before it failed (counted below) or the run stopped.
      fail(suite, `${name}: never ran`);
    } else if (test.state === 'skipped') {
      const why =
        test.note ??
        (test.mode === 'todo'
          ? 'marked todo'
          : test.mode === 'run'
            ? 'skipped as it ran (ctx.skip), no reason given'
            : 'not selected (.skip, or .only or -t chose others), no reason given');
      suite.skipped++;
      suite.skippedTests.push(`${name} — ${why}`);
    } else fail(suite, `${name}: never finished`);
  }
  for (const e of report.moduleErrors ?? []) fail(suite, `${e.file} did not load: ${firstLine(e.message)}`);
  for (const e of report.suiteErrors ?? []) fail(suite, `${e.file} › ${e.name}: a hook failed: ${firstLine(e.message)}`);
  for (const e of report.unhandledErrors ?? []) {
    fail(
      suite,
      `unhandled error${e.file ? ` in ${e.file}` : ''}: ${firstLine(e.message)} (a promise or callback no test waited for)`
    );
  }
  if (report.reason === 'interrupted') fail(suite, 'the unit test run was interrupted before it finished');
  if (suite.failed === 0 && exitCode !== 0)
    fail(suite, `vitest exited with code ${exitCode} though no test failed (see its output above)`);
  return suite;
}

/**
 * Every test in a Playwright JSON report's suite tree, with the titles of the describes around it
 * (the top level's suites are the spec files, whose title is their path).
 */
function* playwrightTests(suites, titles = null, file = '') {
  for (const suite of suites ?? []) {
    const here = titles === null ? [] : [...titles, suite.title];
    const suiteFile = suite.file ?? file;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) yield { file: spec.file ?? suiteFile, titles: [...here, spec.title], test };
    }
    yield* playwrightTests(suite.suites, here, suiteFile);
  }
}

/**
 * The end-to-end tests, from Playwright's JSON report (null when it wrote none).
 * NB: a spec that fails to load makes Playwright run no test at all and report zero of
 * everything; only its `errors` and exit code say so.
 */
export function summarizePlaywright(report, exitCode) {
  const suite = emptySuite('e2e');
  if (!report) {
    fail(suite, `Playwright wrote no report and exited with code ${exitCode}: it stopped before running (see its output above)`);
    return suite;
  }
  for (const error of report.errors ?? []) {
    fail(suite, `Playwright could not run the end-to-end tests: ${firstLine(error.message ?? error.stack)}`);
  }
  for (const { file, titles, test } of playwrightTests(report.suites)) {
    const name = `[${test.projectName}] ${file} › ${titles.join(' › ')}`;
    const results = test.results ?? [];
    const lastError = [...results].reverse().find((r) => r.error)?.error;
    if (test.status === 'expected') suite.passed++;
    else if (test.status === 'flaky') {
      suite.flaky++;
      suite.flakyTests.push(name);
    } else if (test.status === 'unexpected') fail(suite, `${name}${lastError ? `: ${firstLine(lastError.message)}` : ''}`);
    else {
      const skip = (test.annotations ?? []).find((a) => a.type === 'skip' || a.type === 'fixme');
      if (skip && results.every((r) => r.status === 'skipped')) {
        suite.skipped++;
        suite.skippedTests.push(`${name} — ${skip.description || `marked ${skip.type}, no reason given`}`);
      } else fail(suite, `${name}: never ran (the run was interrupted or its worker died)`);
    }
  }
  if (suite.failed === 0 && exitCode !== 0)
    fail(suite, `Playwright exited with code ${exitCode} though no test failed (see its output above)`);
  return suite;
}

/** Several checks counted as one suite (the static checks: each command is one test). */
export function combineSuites(name, suites) {
  const suite = emptySuite(name);
  for (const s of suites) {
    for (const key of ['passed', 'failed', 'skipped', 'flaky']) suite[key] += s[key];
    for (const key of ['failures', 'flakyTests', 'skippedTests']) suite[key].push(...s[key]);
  }
  return suite;
}

/** The sums over every suite. */
export function totals(suites) {
  const sum = (key) => suites.reduce((n, s) => n + (s[key] ?? 0), 0);
  return { passed: sum('passed'), failed: sum('failed'), skipped: sum('skipped'), flaky: sum('flaky') };
}

/**
 * The closing lines of `npm test`: one count line per suite, then what failed, what was flaky and
 * what was skipped (why), and last `N passed, N failed, N skipped` alone on its line — CI reads it.
 */
export function closingLines(suites, notes = []) {
  const t = totals(suites);
  const lines = suites.map(
    (s) => `${s.name}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped${s.flaky ? `, ${s.flaky} flaky` : ''}`
  );
  const list = (title, items) => (items.length ? [title, ...items.map((i) => `  ${i}`)] : []);
  lines.push(...notes);
  lines.push(
    ...list(
      'Failed:',
      suites.flatMap((s) => s.failures.map((f) => `${s.name}: ${f}`))
    )
  );
  lines.push(
    ...list(
      'Flaky (failed, then passed on a retry; not counted as passed):',
      suites.flatMap((s) => s.flakyTests)
    )
  );
  lines.push(
    ...list(
      'Skipped:',
      suites.flatMap((s) => s.skippedTests)
    )
  );
  lines.push(`${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
  return lines;
}
