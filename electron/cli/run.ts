import { BUSY_MESSAGE, isBusy } from '@shared/contract/busy';
import { UsageError, usageReason } from './args';
import { type CliErrorCode, exitCodeOf, failureCode, jsonError, wantsJson } from './failure';
import { ExitCode, type CliCommand, type CliIo } from './io';
import { didYouMean } from './suggest';
import { terminalLine } from './terminalText';
import {
  ALIGN_USAGE,
  ANNOTATE_USAGE,
  BACKUP_USAGE,
  COMPARE_USAGE,
  DELETE_USAGE,
  DOCTOR_USAGE,
  EDIT_USAGE,
  EXPORT_USAGE,
  IMPORT_ANNOTATIONS_USAGE,
  IMPORT_USAGE,
  LIST_USAGE,
  RESTORE_USAGE,
  SEARCH_USAGE,
  SERVE_USAGE,
  SHOW_USAGE,
  STORIES_USAGE,
  WATCH_USAGE
} from './usage';

interface CommandEntry {
  /** Loads the command. NB: imported on demand, so `crosscheck import` does not start by compiling the web server, the comparison engine and zod. */
  readonly load: () => Promise<CliCommand>;
  readonly usage: string;
  readonly summary: string;
}

/** Every command of `crosscheck`, with its usage line (docs/cli.md documents each). */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  import: {
    load: async () => (await import('./commands/importCommand')).runImport,
    usage: IMPORT_USAGE,
    summary: 'import files and folders into the library'
  },
  list: {
    load: async () => (await import('./commands/listCommand')).runList,
    usage: LIST_USAGE,
    summary: 'list the articles in the library'
  },
  search: {
    load: async () => (await import('./commands/searchCommand')).runSearch,
    usage: SEARCH_USAGE,
    summary: 'search the library'
  },
  show: { load: async () => (await import('./commands/showCommand')).runShow, usage: SHOW_USAGE, summary: 'print one article' },
  edit: {
    load: async () => (await import('./commands/editCommand')).runEdit,
    usage: EDIT_USAGE,
    summary: "set articles' outlet, date, collection or language"
  },
  delete: {
    load: async () => (await import('./commands/deleteCommand')).runDelete,
    usage: DELETE_USAGE,
    summary: 'delete articles (their notes are kept as orphans)'
  },
  serve: {
    load: async () => (await import('./commands/serveCommand')).runServe,
    usage: SERVE_USAGE,
    summary: 'run the app in a browser (browser mode)'
  },
  compare: {
    load: async () => (await import('./commands/compareCommand')).runCompare,
    usage: COMPARE_USAGE,
    summary: 'compare 2–12 library articles side by side'
  },
  stories: {
    load: async () => (await import('./commands/storiesCommand')).runStories,
    usage: STORIES_USAGE,
    summary: 'list the stories (articles about one event)'
  },
  watch: {
    load: async () => (await import('./commands/watchCommand')).runWatch,
    usage: WATCH_USAGE,
    summary: 'list, add or remove watched folders'
  },
  annotate: {
    load: async () => (await import('./commands/annotateCommand')).runAnnotate,
    usage: ANNOTATE_USAGE,
    summary: 'highlight text and write notes; list or remove them'
  },
  export: {
    load: async () => (await import('./commands/exportCommand')).runExport,
    usage: EXPORT_USAGE,
    summary: 'write a report of highlights and notes (Markdown, HTML, PDF, Word, W3C JSON, CSV, citations)'
  },
  'import-annotations': {
    load: async () => (await import('./commands/importAnnotationsCommand')).runImportAnnotations,
    usage: IMPORT_ANNOTATIONS_USAGE,
    summary: 'read a W3C JSON export of annotations back in, re-anchored on this library'
  },
  align: {
    load: async () => (await import('./commands/align')).runAlign,
    usage: ALIGN_USAGE,
    summary: 'align two files (or a list of pairs): shared passages as offsets'
  },
  doctor: {
    load: async () => (await import('./commands/doctorCommand')).runDoctor,
    usage: DOCTOR_USAGE,
    summary: 'check the library; --repair rebuilds what is derived'
  },
  backup: {
    load: async () => (await import('./commands/backupCommand')).runBackup,
    usage: BACKUP_USAGE,
    summary: 'back the library up (checked), or list its backups'
  },
  restore: {
    load: async () => (await import('./commands/restoreCommand')).runRestore,
    usage: RESTORE_USAGE,
    summary: 'replace the library with a backup, keeping the old one aside'
  }
};

/** The help text. */
export function helpText(): string {
  const lines = ['Usage: crosscheck <command> [options]', '', 'Commands:'];
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(width)}  ${c.summary}`);
  lines.push('', "Every command but align takes --db FILE (default: the desktop app's library) and --json.");
  lines.push(
    'Exit codes: 0 success, 1 failure, 2 partly done (some files failed), 3 usage mistake, 4 not found, 5 library busy.'
  );
  for (const c of Object.values(COMMANDS)) lines.push(`  ${c.usage}`);
  return lines.join('\n') + '\n';
}

/**
 * Runs the CLI: picks the command, turns usage mistakes and known failures into one line on
 * stderr (and, with `--json`, an error object on stdout) with the exit code of their kind
 * (failure.ts), and never lets a stack trace reach the user unasked.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  // NB: all the words: `crosscheck --json` is a mistaken command a script still reads as JSON.
  const json = wantsJson(argv);
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const [topic] = rest;
    if (name === 'help' && topic !== undefined) return helpFor(topic, io);
    io.stdout(helpText());
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === '--version' || name === 'version') {
    io.stdout(`crosscheck ${process.env.npm_package_version ?? VERSION}\n`);
    return ExitCode.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    const known = [...Object.keys(COMMANDS), 'help', '--help', 'version', '--version'];
    const message = `unknown command "${terminalLine(name)}".${didYouMean(name, known)} Run \`crosscheck help\`.`;
    return failed(io, json, 'usage', `crosscheck: ${message}`, message);
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`Usage: ${command.usage}\n`);
    return ExitCode.ok;
  }
  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (error) {
    const code = failureCode(error);
    if (error instanceof UsageError || code === 'usage') {
      // One line, as docs/cli.md promises: scripts read the first line of stderr as the reason.
      const reason = usageReason(error instanceof Error ? error.message : String(error));
      return failed(io, json, 'usage', `crosscheck ${name}: ${reason} Usage: ${command.usage}`, reason);
    }
    if (code === 'db-newer') return failed(io, json, code, `crosscheck: ${(error as Error).message}`, (error as Error).message);
    const message = terminalLine(libraryFileProblem(error) ?? (error instanceof Error ? error.message : String(error)));
    const shown = failed(io, json, code, `crosscheck ${name}: ${message}`, message);
    if (process.env.CROSSCHECK_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return shown;
  }
}

/**
 * Says a failure: `line` on stderr as ever (what a person reads), and with `--json` the error
 * object on stdout, so a script parses one JSON document whichever way the command ended.
 */
function failed(io: CliIo, json: boolean, code: CliErrorCode, line: string, message: string): number {
  io.stderr(`${line}\n`);
  if (json) io.stdout(jsonError(code, message));
  return exitCodeOf(code);
}

/**
 * `crosscheck help <command>`: that command's usage, as `<command> --help` prints it. A name that
 * is no command is a mistake (exit 1), not a reason to print the whole help as if all were well.
 */
function helpFor(topic: string, io: CliIo): number {
  const command = COMMANDS[topic];
  if (command) {
    io.stdout(`Usage: ${command.usage}\n`);
    return ExitCode.ok;
  }
  io.stderr(
    `crosscheck help: unknown command "${terminalLine(topic)}".${didYouMean(topic, Object.keys(COMMANDS))} Run \`crosscheck help\` for the list.\n`
  );
  return ExitCode.usage;
}

/**
 * A sentence for SQLite's refusals to open the library file (`--db` naming a folder, a file
 * that is not a database), whose own messages ("unable to open database file") name neither
 * the cause nor the remedy.
 */
function libraryFileProblem(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_NOTADB')
    return 'the library file is not a Crosscheck library (it is not an SQLite database). Name another file with --db.';
  if (code === 'SQLITE_CANTOPEN')
    return 'cannot open the library file: it is a folder, or in a place you cannot write to. Name a file with --db.';
  // Opening, migrating or a command's own SQL outside a contract call (whose answer says it already: contract/busy.ts).
  if (isBusy(error)) return `${BUSY_MESSAGE.charAt(0).toLowerCase()}${BUSY_MESSAGE.slice(1)}`;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return 'the disk holding the library is full, so the change could not be saved; nothing of it was kept (what was saved before is intact). Free some space on it and try again.';
  // Commands that write open the library with `write: true` and are refused with the reason first;
  // this is for a write nobody foresaw on a library opened read-only (docs/reliability.md).
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY'))
    return 'the library is open read-only (its disk, file or folder cannot be written), so the change was refused. Copy it to a folder you can write to and open the copy with --db.';
  return undefined;
}

const VERSION = '0.1.0';
