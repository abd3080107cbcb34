import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultLibraryFile } from '../library/paths';

/** Options every command takes. */
export const COMMON_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false }
} as const satisfies ParseArgsConfig['options'];

/** A usage mistake: printed as one line with the command's usage, exit code 1. */
export class UsageError extends Error {}

/**
 * Parses a command's arguments strictly (an unknown flag is a usage error, not ignored).
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(parseMistake(error));
  }
}

/**
 * node:util's parseArgs message as one sentence for a person. NB: its own messages run over
 * three lines for a value that starts with a dash (`--limit -3`: "argument is ambiguous. Did you
 * forget…"), and a usage mistake must stay one line (docs/cli.md).
 */
export function parseMistake(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const option = /'(--?[\w-]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `there is no option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option && /ambiguous|missing/.test(message))
    return `${option} needs a value after it (one that starts with a dash is written ${option}=-3)`;
  return message.split('\n')[0] ?? message;
}

/** The library file a command works on: `--db`, else the desktop app's. */
export function libraryFileFrom(values: { db?: string | boolean | undefined }): string {
  return typeof values.db === 'string' ? values.db : defaultLibraryFile();
}

/** An article id given on the command line (`show 12`, `compare 3 7`), as `crosscheck list` prints them. */
export function articleIdFrom(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`"${value}" is not an article id: ids are whole numbers, as \`crosscheck list\` prints them`);
  return n;
}
