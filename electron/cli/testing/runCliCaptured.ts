import { runCli } from '../run';

/** What one in-process `crosscheck` run said and how it ended. */
export interface CapturedRun {
  /** The exit code runCli returned (docs/cli.md, "Errors and exit codes"). */
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process, as `crosscheck ARGV…` would, and keeps what it wrote: the unit
 * tests' way to check a command's words and exit code without spawning a process per case (the
 * suites under cli/suite/ spawn bin/crosscheck.mjs for the real thing).
 */
export async function runCliCaptured(argv: string[], options: { stderrIsTTY?: boolean } = {}): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stderrIsTTY: options.stderrIsTTY ?? false
  });
  return { code, stdout, stderr };
}
