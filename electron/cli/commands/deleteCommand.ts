import readline from 'node:readline/promises';
import type { ArticlesDeleted } from '@shared/contract/schemas';
import { UsageError, parseCommandArgs } from '../args';
import { openCliEngine } from '../cliEngine';
import { CliFailure } from '../failure';
import { ExitCode, type CliCommand } from '../io';
import { positiveInt } from './listCommand';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 highlights and 1 note", or null when there are none. */
function orphansText({ orphaned }: ArticlesDeleted): string | null {
  const parts = [
    orphaned.highlights ? count(orphaned.highlights, 'highlight', 'highlights') : '',
    orphaned.notes ? count(orphaned.notes, 'note', 'notes') : ''
  ].filter(Boolean);
  return parts.length ? parts.join(' and ') : null;
}

/** "on it are kept as orphans" / "on them is kept as an orphan", as the counts need. */
function keptText(done: ArticlesDeleted, tense: 'is' | 'will be'): string {
  const one = done.orphaned.highlights + done.orphaned.notes === 1;
  const verb = tense === 'will be' ? 'will be' : one ? 'is' : 'are';
  return `on ${done.deleted === 1 ? 'it' : 'them'} ${verb} kept as ${one ? 'an orphan' : 'orphans'}`;
}

/** Asks on the terminal; true for y or yes. */
async function confirm(question: string): Promise<boolean> {
  const prompt = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^\s*y(es)?\s*$/i.test(await prompt.question(question));
  } finally {
    prompt.close();
  }
}

/**
 * `crosscheck delete <id...> [--yes]`: deletes articles, as Delete… on the picked articles does
 * (`articles:delete`, one transaction); their highlights and notes are kept as orphans. It first
 * asks the engine what it would do (a dry run), and asks the user on a terminal; without a
 * terminal to ask on it deletes only with `--yes`, so a script cannot delete by accident.
 */
export const runDelete: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, { yes: { type: 'boolean', short: 'y' } });
  if (positionals.length === 0) throw new UsageError('give the id of at least one article');
  const ids = positionals.map((p) => positiveInt(p, 'id'));
  const engine = openCliEngine(values, { write: true });
  try {
    const preview = await engine.call('articles:delete', { ids, dryRun: true });
    const orphans = orphansText(preview);
    const what = `${count(preview.deleted, 'article', 'articles')}${orphans ? ` (${orphans} ${keptText(preview, 'will be')})` : ''}`;
    if (!values.yes) {
      if (!process.stdin.isTTY) {
        throw new CliFailure(
          'usage',
          `this would delete ${what}; nothing was deleted. Run it again with --yes to delete (there is no terminal to ask on)`
        );
      }
      if (!(await confirm(`Delete ${what}? This cannot be undone. [y/N] `)))
        throw new CliFailure('cancelled', 'Nothing was deleted.');
    }
    const done = await engine.call('articles:delete', { ids });
    if (values.json) {
      io.stdout(JSON.stringify(done) + '\n');
      return ExitCode.ok;
    }
    const kept = orphansText(done);
    io.stdout(
      `Deleted ${count(done.deleted, 'article', 'articles')}.` +
        (kept ? ` ${kept} ${keptText(done, 'is')}: crosscheck annotate list --state orphan lists them.` : '') +
        (done.storiesDeleted ? ` ${count(done.storiesDeleted, 'story was', 'stories were')} left empty and removed.` : '') +
        '\n'
    );
    return ExitCode.ok;
  } finally {
    engine.close();
  }
};
