import { describe, expect, it } from 'vitest';
import {
  type PlaywrightReport,
  type VitestRunReport,
  closingLines,
  combineSuites,
  summarizeCheck,
  summarizePlaywright,
  summarizeVitest,
  totals
} from './testSummary.mjs';

// Reports shaped like the real ones: scripts/vitestRunReporter.mjs's output and Playwright's JSON
// reporter (1.65), trimmed to the fields the counting reads, taken from runs of deliberately
// broken test files.

const vitestRun = (over: Partial<VitestRunReport>): VitestRunReport => ({
  reason: 'passed',
  tests: [],
  moduleErrors: [],
  suiteErrors: [],
  unhandledErrors: [],
  ...over
});

describe('counting unit tests', () => {
  it('counts a failing test once, however many describes enclose it, with its first error line', () => {
    const suite = summarizeVitest(
      vitestRun({
        reason: 'failed',
        tests: [
          {
            file: 'a.test.ts',
            name: 'outer > inner > fails',
            state: 'failed',
            mode: 'run',
            message: 'expected 1 to be 2\n  at a.test.ts:3'
          },
          { file: 'a.test.ts', name: 'outer > inner > passes', state: 'passed', mode: 'run' }
        ]
      }),
      1
    );
    expect(suite).toMatchObject({ passed: 1, failed: 1, skipped: 0 });
    expect(suite.failures).toEqual(['a.test.ts › outer > inner > fails: expected 1 to be 2']);
  });

  it('fails the run for a file that did not load, an unhandled error and a failing hook, saying which', () => {
    const suite = summarizeVitest(
      vitestRun({
        reason: 'failed',
        tests: [
          { file: 'c.test.ts', name: 'with a hook > a', state: 'skipped', mode: 'run' },
          { file: 'd.test.ts', name: 'leaks a rejection', state: 'passed', mode: 'run' }
        ],
        moduleErrors: [{ file: 'b.test.ts', message: "Cannot find module './missing' imported from b.test.ts" }],
        suiteErrors: [{ file: 'c.test.ts', name: 'with a hook', message: 'hook broke' }],
        unhandledErrors: [{ file: 'd.test.ts', message: 'boom' }]
      }),
      1
    );
    expect(suite).toMatchObject({ passed: 1, failed: 4 });
    expect(suite.failures).toEqual([
      'c.test.ts › with a hook > a: never ran',
      "b.test.ts did not load: Cannot find module './missing' imported from b.test.ts",
      'c.test.ts › with a hook: a hook failed: hook broke',
      'unhandled error in d.test.ts: boom (a promise or callback no test waited for)'
    ]);
  });

  it('lists skipped tests with their reasons and flaky ones apart from the passed', () => {
    const suite = summarizeVitest(
      vitestRun({
        tests: [
          { file: 'e.test.ts', name: 'needs a corpus', state: 'skipped', mode: 'run', note: 'no corpus here' },
          { file: 'e.test.ts', name: 'later', state: 'skipped', mode: 'todo' },
          { file: 'e.test.ts', name: 'off', state: 'skipped', mode: 'skip' },
          { file: 'e.test.ts', name: 'not today', state: 'skipped', mode: 'run' },
          { file: 'e.test.ts', name: 'wobbles', state: 'passed', mode: 'run', flaky: true }
        ]
      }),
      0
    );
    expect(suite).toMatchObject({ passed: 0, failed: 0, skipped: 4, flaky: 1 });
    expect(suite.skippedTests).toEqual([
      'e.test.ts › needs a corpus — no corpus here',
      'e.test.ts › later — marked todo',
      'e.test.ts › off — not selected (.skip, or .only or -t chose others), no reason given',
      'e.test.ts › not today — skipped as it ran (ctx.skip), no reason given'
    ]);
    expect(suite.flakyTests).toEqual(['e.test.ts › wobbles']);
  });

  it('fails a run that exits non-zero with a clean report, or writes no report', () => {
    expect(
      summarizeVitest(vitestRun({ tests: [{ file: 'f.test.ts', name: 'ok', state: 'passed', mode: 'run' }] }), 1)
    ).toMatchObject({
      passed: 1,
      failed: 1,
      failures: ['vitest exited with code 1 though no test failed (see its output above)']
    });
    expect(summarizeVitest(null, 1)).toMatchObject({ passed: 0, failed: 1 });
    expect(summarizeVitest(vitestRun({ reason: 'interrupted' }), 130).failures).toEqual([
      'the unit test run was interrupted before it finished'
    ]);
  });
});

describe('counting end-to-end tests', () => {
  it('fails the run when a spec does not load and Playwright runs nothing', () => {
    const report: PlaywrightReport = {
      suites: [],
      errors: [{ message: "Error: Cannot find module '/repo/e2e/browser/missing' imported from /repo/e2e/browser/a.spec.ts" }]
    };
    const suite = summarizePlaywright(report, 1);
    expect(suite).toMatchObject({ passed: 0, failed: 1 });
    expect(suite.failures[0]).toMatch(/^Playwright could not run the end-to-end tests: Error: Cannot find module/);
  });

  it('counts each test once through nested describes and retries; flaky, skipped and never-run tests apart', () => {
    const report: PlaywrightReport = {
      errors: [],
      suites: [
        {
          title: 'browser/a.spec.ts',
          file: 'browser/a.spec.ts',
          specs: [
            { title: 'passes', tests: [{ projectName: 'browser', status: 'expected', results: [{ status: 'passed' }] }] },
            {
              title: 'wobbles',
              tests: [
                {
                  projectName: 'browser',
                  status: 'flaky',
                  results: [{ status: 'failed', error: { message: 'x' } }, { status: 'passed' }]
                }
              ]
            },
            {
              title: 'not here',
              tests: [
                {
                  projectName: 'electron',
                  status: 'skipped',
                  annotations: [{ type: 'skip', description: 'Electron binary not present' }],
                  results: [{ status: 'skipped' }]
                }
              ]
            },
            { title: 'cut short', tests: [{ projectName: 'browser', status: 'skipped', results: [] }] }
          ],
          suites: [
            {
              title: 'outer',
              suites: [
                {
                  title: 'inner',
                  specs: [
                    {
                      title: 'fails nested',
                      tests: [
                        {
                          projectName: 'browser',
                          status: 'unexpected',
                          results: [
                            {
                              status: 'failed',
                              error: { message: '\u001b[2mexpect(\u001b[22mreceived).toBe(expected)\n\nExpected: 2' }
                            },
                            {
                              status: 'failed',
                              error: { message: '\u001b[2mexpect(\u001b[22mreceived).toBe(expected)\n\nExpected: 2' }
                            }
                          ]
                        }
                      ]
                    }
                  ]
                }
              ]
            }
          ]
        }
      ]
    };
    const suite = summarizePlaywright(report, 1);
    expect(suite).toMatchObject({ passed: 1, failed: 2, skipped: 1, flaky: 1 });
    expect(suite.failures).toEqual([
      '[browser] browser/a.spec.ts › cut short: never ran (the run was interrupted or its worker died)',
      '[browser] browser/a.spec.ts › outer › inner › fails nested: expect(received).toBe(expected)'
    ]);
    expect(suite.flakyTests).toEqual(['[browser] browser/a.spec.ts › wobbles']);
    expect(suite.skippedTests).toEqual(['[electron] browser/a.spec.ts › not here — Electron binary not present']);
  });

  it('fails a run that exits non-zero without a failed test, or writes no report', () => {
    expect(summarizePlaywright({ errors: [], suites: [] }, 1)).toMatchObject({ failed: 1 });
    expect(summarizePlaywright(null, 1)).toMatchObject({ failed: 1 });
    expect(summarizePlaywright({ errors: [], suites: [] }, 0)).toMatchObject({ passed: 0, failed: 0 });
  });
});

describe('the closing lines', () => {
  it('count a build failure once and end with the counts alone on the last line', () => {
    const staticChecks = combineSuites('static', [summarizeCheck('static', 'types', 0), summarizeCheck('static', 'lint', 2)]);
    const build = summarizeCheck('build', 'build', 1);
    const unit = summarizeVitest(
      vitestRun({
        tests: [
          { file: 'e.test.ts', name: 'needs a corpus', state: 'skipped', mode: 'run', note: 'no corpus here' },
          { file: 'e.test.ts', name: 'wobbles', state: 'passed', mode: 'run', flaky: true }
        ]
      }),
      0
    );
    expect(totals([staticChecks, build, unit])).toEqual({ passed: 1, failed: 2, skipped: 1, flaky: 1 });
    const lines = closingLines(
      [staticChecks, build, unit],
      ['End-to-end tests not run: they drive the built app and the build failed.']
    );
    expect(lines.at(-1)).toBe('1 passed, 2 failed, 1 skipped');
    expect(lines).toContain('  static: lint (exit code 2)');
    expect(lines).toContain('  build: build (exit code 1)');
    expect(lines).toContain('  e.test.ts › wobbles');
    expect(lines).toContain('  e.test.ts › needs a corpus — no corpus here');
    expect(lines).toContain('End-to-end tests not run: they drive the built app and the build failed.');
  });
});
