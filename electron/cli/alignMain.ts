import { runAlign } from './commands/align';

/**
 * A stand-alone entry for `crosscheck align` (`node --import tsx electron/cli/alignMain.ts …`),
 * used by scripts/eval-compare-pan.ts until the main CLI routes `align` to the same `runAlign`.
 */
const code = await runAlign(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY)
});
process.exitCode = code;
