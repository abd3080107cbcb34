import type { ChannelInput, ChannelOutput } from '@shared/contract/channels';
import { AppFailure } from '@shared/contract/result';
import type { ExportProgressEvent, ExportScope } from '@shared/contract/exportSchemas';
import { repeatedId } from '@shared/contract/compareIds';
import { COMPARE_MAX, COMPARE_MIN } from '@shared/contract/schemas';
import { checkWriteTarget, writeFileAtomic } from '../../library/export/writeAtomic';
import { UsageError, articleIdFrom, libraryFileFrom, parseCommandArgs } from '../args';
import { ChannelFailure, checkInput, openCliEngine } from '../cliEngine';
import { CliFailure, failureCode } from '../failure';
import { ExitCode, type CliCommand, type CliIo } from '../io';
import { exportFormatOf } from './exportFileFormat';
import { positiveInt } from './listCommand';
import { terminalText } from '../terminalText';

/**
 * `crosscheck export`: a report of highlights and notes (and, for a story or comparison, what the
 * comparison found) as Markdown, HTML, PDF, Word, W3C JSON, CSV or citations, written atomically
 * to `--out`. `--author NAME` names who made it for this report (the setting otherwise).
 * The report is made by the same `export:render` handler the app calls.
 */
export const runExport: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string' },
    out: { type: 'string' },
    story: { type: 'string' },
    articles: { type: 'string', multiple: true },
    query: { type: 'string' },
    compare: { type: 'string', multiple: true },
    group: { type: 'string', default: 'article' },
    'full-text': { type: 'boolean', default: false },
    'no-comparison': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    author: { type: 'string' }
  });
  if (values.out === undefined || values.out === '') throw new UsageError('give --out FILE, the file to write');
  const format = exportFormatOf(values.format, values.out);
  const scope = scopeFrom(values, positionals);
  const group = values.group;
  if (group !== 'article' && group !== 'colour' && group !== 'tag')
    throw new UsageError(`--group must be article, colour or tag, not ${String(group)}`);

  const input: ChannelInput<'export:render'> = {
    scope,
    format,
    options: {
      group,
      fullText: values['full-text'],
      includeComparison: !values['no-comparison'],
      ...(values.author !== undefined ? { author: values.author } : {})
    },
    jobId: 'cli'
  };
  checkInput('export:render', input, {
    'scope.articleIds': (_, message) =>
      scope.kind === 'compare' ? `--compare takes ${COMPARE_MIN} to ${COMPARE_MAX} article ids` : `--articles: ${message}`
  });
  // The library is named so that an --out naming it (or its backups) is refused, even with --force.
  const target = { force: values.force, libraryFile: libraryFileFrom(values) };
  try {
    checkWriteTarget(values.out, target);
  } catch (error) {
    if (error instanceof AppFailure) fail(error);
    throw error;
  }
  // On a terminal, what the export is doing (a PDF takes Chromium seconds); never with --json.
  let drawn = false;
  const engine = openCliEngine(values, {
    emit: (event, payload) => {
      if (event === 'export:progress' && !values.json) drawn = drawProgress(io, payload as ExportProgressEvent) || drawn;
    }
  });
  try {
    // NB: Chromium runs in its own process group (so it can be stopped with its helpers), where
    // the terminal's Ctrl+C does not reach it: the export is cancelled instead, which kills it.
    const interrupt = (): void => void engine.call('export:cancel', { jobId: 'cli' }).catch(() => undefined);
    process.once('SIGINT', interrupt);
    // The progress line is cleared before anything else is said, so no message starts mid-line.
    const clearProgress = (): void => {
      if (drawn) io.stderr('\r\x1b[2K');
      drawn = false;
    };
    let rendered: ChannelOutput<'export:render'>;
    try {
      rendered = await engine.call('export:render', input);
    } catch (error) {
      clearProgress();
      if (error instanceof ChannelFailure) fail(error);
      throw error;
    } finally {
      process.off('SIGINT', interrupt);
      clearProgress();
    }
    const data = rendered.encoding === 'base64' ? Buffer.from(rendered.content, 'base64') : rendered.content;
    try {
      writeFileAtomic(values.out, data, target);
    } catch (error) {
      if (error instanceof AppFailure) fail(error);
      throw error;
    }
    if (values.json) io.stdout(JSON.stringify({ out: values.out, format, bytes: rendered.bytes }) + '\n');
    else io.stdout(`Wrote ${terminalText(values.out)} (${format}, ${rendered.bytes.toLocaleString('en')} bytes).\n`);
    return ExitCode.ok;
  } finally {
    engine.close();
  }
};

/**
 * One line of progress on a terminal, redrawn in place (nothing when stderr is a file or pipe);
 * true when it drew. Review 13 (#21): a PDF export was ~10 s of silence.
 */
function drawProgress(io: CliIo, event: ExportProgressEvent): boolean {
  if (!io.stderrIsTTY) return false;
  const text =
    event.phase === 'gather'
      ? 'Reading the library…'
      : event.phase === 'render'
        ? 'Writing the report…'
        : 'Printing the PDF with Chromium…  (Ctrl+C stops it)';
  io.stderr(`\r\x1b[2K${text}`);
  return true;
}

/** Ends the command with a refusal of the engine's or of the file's (runCli says it, with its exit code). */
function fail(error: AppFailure | ChannelFailure): never {
  throw new CliFailure(failureCode(error), `${error.message.replace(/\.$/, '')}.`);
}

/**
 * The scope from the options: at most one of --story, --articles, --query, --compare; none means
 * every annotation in the library. `--articles 3 5 8` and `--compare 3 5` take the ids after them
 * (the first as the option's value, the rest as positionals).
 */
function scopeFrom(
  values: { story?: string; articles?: string[]; query?: string; compare?: string[] },
  positionals: readonly string[]
): ExportScope {
  const given = [values.story, values.articles, values.query, values.compare].filter((v) => v !== undefined).length;
  if (given > 1) throw new UsageError('give one of --story, --articles, --query or --compare');
  if (values.articles) return { kind: 'articles', articleIds: [...values.articles, ...positionals].map(articleIdFrom) };
  if (values.compare) {
    const articleIds = [...values.compare, ...positionals].map(articleIdFrom);
    const twice = repeatedId(articleIds);
    if (twice !== undefined) throw new UsageError(`--compare: article ${twice} is named twice`);
    return { kind: 'compare', articleIds };
  }
  if (positionals.length > 0) throw new UsageError(`unexpected "${positionals[0]}" (ids go after --articles or --compare)`);
  if (values.story !== undefined) return { kind: 'story', storyId: positiveInt(values.story, 'story') };
  if (values.query !== undefined) {
    if (values.query.trim() === '') throw new UsageError('--query needs words to search for');
    return { kind: 'search', query: values.query };
  }
  return { kind: 'annotations', filter: {} };
}
