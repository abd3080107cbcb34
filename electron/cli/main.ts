import { runCli } from './run';

// `crosscheck list | head` closes the pipe early: that is not an error, just stop.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** Entry of the `crosscheck` command (bin/crosscheck.mjs loads the built copy of this file). */
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY)
});
process.exitCode = code;
