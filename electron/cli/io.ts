/** Where a CLI command writes, injected so commands are testable without touching process.*. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal (progress bars go there only then). */
  readonly stderrIsTTY: boolean;
}

/** Exit codes of every command, as docs/cli.md lists them. */
export const ExitCode = {
  ok: 0,
  fatal: 1,
  partial: 2
} as const;

/** A command: parses its own arguments (everything after its name), returns an exit code. */
export type CliCommand = (argv: readonly string[], io: CliIo) => Promise<number>;
