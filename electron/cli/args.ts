import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultLibraryFile } from '../library/paths';
import { didYouMean } from './suggest';

/** Options every command takes. */
export const COMMON_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false }
} as const satisfies ParseArgsConfig['options'];

/** A usage mistake: printed as one line with the command's usage, exit code 1. */
export class UsageError extends Error {}

/**
 * A usage mistake's reason as the line prints it before "Usage: …": one full stop at the end,
 * or the question it ends with ("Did you mean --json?").
 */
export function usageReason(message: string): string {
  return /[?!]$/.test(message) ? message : `${message.replace(/\.$/, '')}.`;
}

/**
 * Parses a command's arguments strictly (an unknown flag is a usage error, not ignored).
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(parseMistake(error, optionNames({ ...COMMON_OPTIONS, ...options })));
  }
}

/** `--db`, `--json`, … for parseArgs options, to suggest from when one is mistyped. */
export function optionNames(options: NonNullable<ParseArgsConfig['options']>): string[] {
  return Object.keys(options).map((name) => `--${name}`);
}

/**
 * node:util's parseArgs message as one sentence for a person; an unknown option gets the nearest
 * of `known` (`--jsn`: "there is no option --jsn. Did you mean --json?"). NB: its own messages
 * run over three lines for a value that starts with a dash (`--limit -3`: "argument is ambiguous.
 * Did you forget…"), and a usage mistake must stay one line (docs/cli.md).
 */
export function parseMistake(error: unknown, known: readonly string[] = []): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const option = /'(--?[\w-]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const hint = didYouMean(option, known);
    return hint ? `there is no option ${option}.${hint}` : `there is no option ${option}`;
  }
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
  return idFrom(value, 'an article id', 'crosscheck list');
}

/**
 * An id given as a word of its own (`watch remove 2`, `annotate rm 14`): a whole number above 0,
 * else a usage mistake naming what was typed as the id it is not (there is no `--id` to name).
 *
 * @example idFrom('abc', "a watched folder's id", 'crosscheck watch list') // throws '"abc" is not a watched folder's id: …'
 */
export function idFrom(value: string, what: string, listedBy: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`"${value}" is not ${what}: ids are whole numbers, as \`${listedBy}\` prints them`);
  return n;
}
