import type { StoriesProgressEvent } from '@shared/contract/schemas';
import { describeStoriesProgress } from '@shared/stories/storiesProgressText';
import { parseCommandArgs } from '../args';
import { openCliEngine } from '../cliEngine';
import { ExitCode, type CliCommand, type CliIo } from '../io';
import { terminalLine } from '../terminalText';

/**
 * `crosscheck stories`: the library grouped into stories (two or more articles about one event),
 * largest first; how many articles stand alone is said on stderr. Articles not yet in a story are
 * grouped first; `--regroup` groups everything again (keeping the user's edits): `stories:list` and
 * `stories:regroup`, and `stories:place` for the articles in no story (as the engine does at start
 * and after each import). On a terminal, where the grouping is shows on stderr; Ctrl+C stops a
 * regroup (`stories:cancel`: it rolls back, the stories stay as they were; exit 1).
 */
export const runStories: CliCommand = async (argv, io) => {
  const { values } = parseCommandArgs(argv, { regroup: { type: 'boolean', default: false } });
  let drawn = false;
  const engine = openCliEngine(values, {
    write: values.regroup,
    emit: (event, payload) => {
      if (event === 'stories:progress') drawn = drawProgress(io, payload as StoriesProgressEvent) || drawn;
    }
  });
  const { library } = engine;
  // NB: once: a second Ctrl+C ends the process at once (SQLite drops a transaction never committed).
  const interrupt = (): void => void engine.call('stories:cancel', {}).catch(() => undefined);
  process.once('SIGINT', interrupt);
  try {
    // Told on stderr, so whoever imported with --no-group sees where the wait went.
    if (values.regroup) {
      try {
        await engine.call('stories:regroup', {});
      } finally {
        if (drawn) io.stderr('\r\x1b[2K');
      }
      if (!values.json) io.stderr('Regrouped every article, keeping your edits.\n');
      // NB: a library open read-only (docs/reliability.md) is listed as it is: grouping would write.
    } else if (library.readOnly === undefined && (await engine.call('stories:place', {})).grouped && !values.json)
      io.stderr('Grouped the articles that were in no story yet.\n');
    const { stories, standalone } = await engine.call('stories:list', {});
    if (values.json) {
      io.stdout(JSON.stringify({ stories, standalone }) + '\n');
      return ExitCode.ok;
    }
    for (const s of stories) {
      io.stdout(`${String(s.id).padStart(6)}  ${String(s.articleIds.length).padStart(4)} articles  ${terminalLine(s.label)}\n`);
      io.stdout(`        ${s.articleIds.join(', ')}\n`);
    }
    io.stderr(`${stories.length} ${stories.length === 1 ? 'story' : 'stories'}\n`);
    if (standalone > 0)
      io.stderr(`${standalone} ${standalone === 1 ? 'article stands' : 'articles stand'} alone (in no story of two or more)\n`);
    return ExitCode.ok;
  } finally {
    process.off('SIGINT', interrupt);
    engine.close();
  }
};

/** One line of progress on a terminal, redrawn in place (nothing when stderr is a file or pipe); true when it drew. */
function drawProgress(io: CliIo, event: StoriesProgressEvent): boolean {
  if (!io.stderrIsTTY || event.state !== 'running') return false;
  const line = describeStoriesProgress(event);
  io.stderr(`\r\x1b[2K${line.text}…${line.percent === null ? '' : ` ${line.percent}%`}${line.cancellable ? '  (Ctrl+C stops it)' : ''}`);
  return true;
}
