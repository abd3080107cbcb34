// A vitest reporter for scripts/test.mjs. Vitest's own JSON report leaves out what makes a run
// dishonest: unhandled errors (a rejection no test awaited), errors of a describe block's hooks,
// why a test was skipped, and whether it passed only on a retry. This one writes every test and
// every error, and nothing else, to $CROSSCHECK_UNIT_REPORT (default test-results/unit.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** The first line of an error's message, which is what a person needs in a summary. */
function firstLine(error) {
  const text = String(error?.message ?? error ?? 'unknown error');
  return text.split('\n').find((line) => line.trim() !== '') ?? text;
}

export default class VitestRunReporter {
  onInit(vitest) {
    this.root = vitest.config.root;
  }

  onTestRunEnd(testModules, unhandledErrors, reason) {
    const file = (moduleId) => relative(this.root ?? process.cwd(), moduleId);
    const report = { reason, tests: [], moduleErrors: [], suiteErrors: [], unhandledErrors: [] };
    for (const module of testModules) {
      for (const error of module.errors()) report.moduleErrors.push({ file: file(module.moduleId), message: firstLine(error) });
      for (const suite of module.children.allSuites()) {
        for (const error of suite.errors())
          report.suiteErrors.push({ file: file(module.moduleId), name: suite.fullName, message: firstLine(error) });
      }
      for (const test of module.children.allTests()) {
        const result = test.result();
        const diagnostic = test.diagnostic();
        report.tests.push({
          file: file(module.moduleId),
          name: test.fullName,
          state: result.state,
          mode: test.options.mode,
          ...(result.state === 'skipped' && result.note ? { note: result.note } : {}),
          ...(result.state === 'failed' ? { message: firstLine(result.errors?.[0]) } : {}),
          ...(diagnostic?.flaky ? { flaky: true } : {})
        });
      }
    }
    for (const error of unhandledErrors) {
      report.unhandledErrors.push({
        message: firstLine(error),
        ...(error.VITEST_TEST_PATH ? { file: file(error.VITEST_TEST_PATH) } : {})
      });
    }
    const outputFile = process.env.CROSSCHECK_UNIT_REPORT ?? join(this.root ?? process.cwd(), 'test-results', 'unit.json');
    mkdirSync(dirname(outputFile), { recursive: true });
    writeFileSync(outputFile, JSON.stringify(report, null, 2));
  }
}
