/** Where a CLI command writes, injected so commands are testable without touching process.*. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal (progress bars go there only then). */
  readonly stderrIsTTY: boolean;
}

/** Exit codes of every command, as docs/cli.md lists them ("Errors and exit codes"). */
export const ExitCode = {
  ok: 0,
  /** A failure with no code of its own below (failure.ts: exitCodeOf). */
  fatal: 1,
  /** Done, but some of it failed: files an import could not read, problems doctor left. */
  partial: 2,
  /** A mistake in the command line. */
  usage: 3,
  /** An article, story, annotation, file or library the command names is not there. */
  notFound: 4,
  /** Another program holds the library: nothing was done; try again in a moment. */
  busy: 5
} as const;

/** A command: parses its own arguments (everything after its name), returns an exit code. */
export type CliCommand = (argv: readonly string[], io: CliIo) => Promise<number>;
