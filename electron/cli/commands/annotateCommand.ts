import type { Annotation, AnnotationFilter, ColourMeaning } from '@shared/contract/annotationSchemas';
import { FILE_SAVED } from '@shared/export/sourceText';
import { UsageError, articleIdFrom, idFrom, parseCommandArgs } from '../args';
import { openCliEngine } from '../cliEngine';
import { ExitCode, type CliCommand } from '../io';
import { didYouMean } from '../suggest';
import { terminalText } from '../terminalText';
import { positiveInt } from './listCommand';

/**
 * `crosscheck annotate add|list|rm`: highlights and notes from the command line. Every action goes
 * through the same `annotations:*` handlers and `dispatch` as the app, so input is checked and
 * refused with the same sentences.
 */
export const runAnnotate: CliCommand = async (argv, io) => {
  const { values, positionals: words } = parseCommandArgs(argv, {
    quote: { type: 'string' },
    occurrence: { type: 'string' },
    note: { type: 'string' },
    tag: { type: 'string', multiple: true },
    colour: { type: 'string', multiple: true },
    article: { type: 'string' },
    story: { type: 'string' },
    kind: { type: 'string', multiple: true },
    state: { type: 'string', multiple: true },
    outlet: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    text: { type: 'string' },
    sort: { type: 'string', default: 'position' },
    limit: { type: 'string', default: '200' },
    offset: { type: 'string', default: '0' }
  });
  // The action is the first word that is no option or its value, so `annotate --db FILE list`
  // works and `annotate --db FILE` is told an action is missing (it used to read "--db" as one).
  const [action, ...positionals] = words;
  if (action !== 'add' && action !== 'list' && action !== 'rm') {
    throw new UsageError(
      action === undefined
        ? 'say what to do: add, list or rm'
        : `unknown action "${action}": say add, list or rm.${didYouMean(action, ['add', 'list', 'rm'])}`
    );
  }
  // The id is checked before the library is opened: a mistyped one is a usage mistake, whatever the library.
  if (action === 'list' && positionals.length > 0) throw new UsageError(`list takes options, not "${positionals[0]}"`);
  if (action !== 'list' && positionals.length !== 1)
    throw new UsageError(action === 'add' ? 'give one article id' : 'give one annotation id');
  const id =
    action === 'add'
      ? articleIdFrom(positionals[0]!)
      : action === 'rm'
        ? idFrom(positionals[0]!, 'an annotation id', 'crosscheck annotate list')
        : 0;
  const engine = openCliEngine(values, { write: action !== 'list' });
  const call = engine.call.bind(engine);
  try {
    if (action === 'add') {
      const articleId = id;
      const tags = values.tag ?? [];
      const colour = values.colour?.length ? colourFrom(values.colour.at(-1)) : undefined;
      const made =
        values.quote !== undefined
          ? await call('annotations:create', {
              kind: 'highlight',
              articleId,
              quote: values.quote,
              occurrence: values.occurrence === undefined ? 1 : positiveInt(values.occurrence, 'occurrence'),
              note: values.note ?? '',
              tags,
              ...(colour === undefined ? {} : { colour })
            })
          : await call('annotations:create', {
              kind: 'article-note',
              articleId,
              note: requireNote(values.note),
              tags,
              ...(colour === undefined ? {} : { colour })
            });
      if (values.json) io.stdout(JSON.stringify(made) + '\n');
      else io.stdout(formatAnnotation(made, (await call('annotations:colours:get', {})).colours) + '\n');
    } else if (action === 'rm') {
      const { deleted } = await call('annotations:delete', { id });
      if (values.json) io.stdout(JSON.stringify({ deleted }) + '\n');
      else
        io.stdout(
          `Deleted annotation ${deleted.id}${deleted.note ? ` (its note began: ${terminalText(firstLine(deleted.note))})` : ''}.\n`
        );
    } else {
      const listed = await call('annotations:list', {
        filter: filterFrom(values),
        sort: sortFrom(values.sort),
        limit: positiveInt(values.limit, 'limit'),
        offset: positiveInt(values.offset, 'offset', true)
      });
      if (values.json) {
        io.stdout(JSON.stringify(listed) + '\n');
        return ExitCode.ok;
      }
      const colours = (await call('annotations:colours:get', {})).colours;
      for (const a of listed.items) io.stdout(formatAnnotation(a, colours) + '\n\n');
      io.stderr(`${listed.items.length} of ${listed.total} annotation${listed.total === 1 ? '' : 's'}\n`);
    }
    return ExitCode.ok;
  } finally {
    engine.close();
  }
};

function requireNote(note: string | undefined): string {
  if (note === undefined || note.trim() === '')
    throw new UsageError('give --quote TEXT to highlight, or --note TEXT for a note on the whole article');
  return note;
}

function colourFrom(value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 6) throw new UsageError(`--colour must be 1 to 6, not ${String(value)}`);
  return n;
}

function sortFrom(value: string | boolean | undefined): 'position' | 'created' | 'updated' {
  if (value === 'position' || value === 'created' || value === 'updated') return value;
  throw new UsageError(`--sort must be position, created or updated, not ${String(value)}`);
}

const KINDS = ['highlight', 'article-note', 'story-note', 'passage-note'] as const;
const STATES = ['placed', 'moved', 'changed', 'orphan'] as const;

function oneOf<T extends string>(allowed: readonly T[], flag: string, value: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not ${value}`);
}

/** The panel's filters from the command line's options. */
function filterFrom(values: {
  article?: string;
  story?: string;
  colour?: string[];
  tag?: string[];
  kind?: string[];
  state?: string[];
  outlet?: string;
  from?: string;
  to?: string;
  text?: string;
}): AnnotationFilter {
  const filter: AnnotationFilter = {};
  if (values.article !== undefined) filter.articleId = positiveInt(values.article, 'article');
  if (values.story !== undefined) filter.storyId = positiveInt(values.story, 'story');
  if (values.colour?.length) filter.colours = values.colour.map(colourFrom);
  if (values.tag?.length) filter.tags = values.tag;
  if (values.kind?.length) filter.kinds = values.kind.map((k) => oneOf(KINDS, '--kind', k));
  if (values.state?.length) filter.states = values.state.map((s) => oneOf(STATES, '--state', s));
  if (values.outlet !== undefined) filter.outlet = values.outlet;
  if (values.from !== undefined) filter.publishedFrom = values.from;
  if (values.to !== undefined) filter.publishedTo = values.to;
  if (values.text !== undefined) filter.text = values.text;
  return filter;
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/)[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

function indent(text: string, prefix: string): string {
  return terminalText(text)
    .split(/\r?\n/)
    .map((line) => prefix + line)
    .join('\n');
}

/** An annotation as `crosscheck annotate` prints it: id, colour, state, where; quote; note; tags. */
export function formatAnnotation(a: Annotation, colours: readonly ColourMeaning[]): string {
  const colour = a.colour === null ? '' : `[${a.colour} ${colours.find((c) => c.colour === a.colour)?.label ?? ''}] `;
  const state = a.state === 'orphan' ? `orphan (${a.orphanReason ?? 'not-found'})` : a.state;
  const title = a.article?.title ?? a.targetTitle;
  const where =
    a.kind === 'story-note'
      ? `story ${a.storyId ?? '(deleted)'}`
      : a.kind === 'passage-note'
        ? `passage in articles ${[...new Set(a.passage?.map((s) => s.articleId) ?? [])].join(', ')}`
        : `article ${a.articleId ?? '(deleted)'}`;
  const date = a.article?.publishedAt?.slice(0, 10);
  const meta = [a.article?.outlet, date && a.article?.dateFromFile === true ? `${FILE_SAVED} ${date}` : date]
    .filter(Boolean)
    .join(', ');
  const lines = [
    `${String(a.id).padStart(6)}  ${a.kind}  ${colour}${state}  ${where}${title ? ` "${terminalText(title)}"` : ''}${meta ? ` (${terminalText(meta)})` : ''}`
  ];
  const quote = a.anchor?.quote.exact ?? a.passage?.[0]?.anchor.quote.exact;
  if (quote !== undefined) lines.push(indent(`“${quote}”`, '        '));
  if (a.originalExact !== null) lines.push(indent(`was: “${a.originalExact}”`, '        '));
  if (a.note) lines.push(indent(a.note, '        > '));
  if (a.tags.length) lines.push(`        tags: ${terminalText(a.tags.join(', '))}`);
  return lines.join('\n');
}
