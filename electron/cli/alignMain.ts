import { runAlign } from './commands/align';

/**
 * A stand-alone entry for `crosscheck align` (`node --import tsx electron/cli/alignMain.ts …`):
 * the same `runAlign` as the main CLI, without loading the library (SQLite) the other commands
 * need. scripts/eval-compare-pan.ts runs it on thousands of pairs.
 */
const code = await runAlign(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY)
});
process.exitCode = code;
