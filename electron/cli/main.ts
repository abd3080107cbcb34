import { runCli } from './run';

/** Entry of the `crosscheck` command (bin/crosscheck.mjs loads the built copy of this file). */
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY)
});
process.exitCode = code;
