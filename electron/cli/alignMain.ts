import { runAlign } from './commands/align';
import { exitCodeOf, failureCode } from './failure';

/**
 * A stand-alone entry for `crosscheck align` (`node --import tsx electron/cli/alignMain.ts …`):
 * the same `runAlign` as the main CLI, without loading the library (SQLite) the other commands
 * need. scripts/eval-compare-pan.ts runs it on thousands of pairs.
 */
try {
  process.exitCode = await runAlign(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: Boolean(process.stderr.isTTY)
  });
} catch (error) {
  // NB: runAlign throws its failures for runCli to say (f7e766c); said here the same way, one
  // sentence and the same exit code, not a stack trace (an unreadable --pairs file, a usage mistake).
  process.stderr.write(`crosscheck align: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = exitCodeOf(failureCode(error));
}
