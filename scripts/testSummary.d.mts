/** One suite's counts and the lines that explain them. */
export interface SuiteSummary {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  flaky: number;
  /** One sentence per failure: the test's name and first error line, or the run-level problem. */
  failures: string[];
  flakyTests: string[];
  /** `name — reason` per skipped test. */
  skippedTests: string[];
}

/** What scripts/vitestRunReporter.mjs writes. */
export interface VitestRunReport {
  reason: 'passed' | 'interrupted' | 'failed';
  tests: Array<{
    file: string;
    name: string;
    state: 'passed' | 'failed' | 'skipped' | 'pending';
    mode: 'run' | 'skip' | 'todo' | 'only' | 'queued';
    note?: string;
    message?: string;
    flaky?: boolean;
  }>;
  moduleErrors: Array<{ file: string; message: string }>;
  suiteErrors: Array<{ file: string; name: string; message: string }>;
  unhandledErrors: Array<{ message: string; file?: string }>;
}

/** The parts of Playwright's JSON report (reporter `json`) that the counting reads. */
export interface PlaywrightReport {
  errors?: Array<{ message?: string; stack?: string }>;
  suites?: PlaywrightSuite[];
}
export interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: Array<{
    title: string;
    file?: string;
    tests?: Array<{
      projectName: string;
      status: 'expected' | 'unexpected' | 'flaky' | 'skipped';
      annotations?: Array<{ type: string; description?: string }>;
      results?: Array<{ status: string; error?: { message?: string } }>;
    }>;
  }>;
  suites?: PlaywrightSuite[];
}

export declare function summarizeCheck(name: string, label: string, exitCode: number): SuiteSummary;
export declare function summarizeVitest(report: VitestRunReport | null, exitCode: number): SuiteSummary;
export declare function summarizePlaywright(report: PlaywrightReport | null, exitCode: number): SuiteSummary;
export declare function combineSuites(name: string, suites: SuiteSummary[]): SuiteSummary;
export declare function totals(suites: SuiteSummary[]): { passed: number; failed: number; skipped: number; flaky: number };
export declare function closingLines(suites: SuiteSummary[], notes?: string[]): string[];
