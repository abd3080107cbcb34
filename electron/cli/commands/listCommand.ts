import { SortDirection, SortKey } from '../../../shared/contract/schemas';
import { listArticles } from '../../library/articles';
import { openLibrary } from '../../library/library';
import { UsageError, libraryFileFrom, parseCommandArgs } from '../args';
import { formatSummaryLine } from '../format';
import { ExitCode, type CliCommand } from '../io';

/** `crosscheck list`: the library's articles, newest first by default. */
export const runList: CliCommand = async (argv, io) => {
  const { values } = parseCommandArgs(argv, {
    sort: { type: 'string', default: 'publishedAt' },
    asc: { type: 'boolean', default: false },
    desc: { type: 'boolean', default: false },
    limit: { type: 'string', default: '1000000' },
    offset: { type: 'string', default: '0' }
  });
  const sort = SortKey.safeParse(values.sort);
  if (!sort.success) throw new UsageError(`unknown sort key "${values.sort}"`);
  const direction = SortDirection.parse(values.asc ? 'asc' : 'desc');
  const limit = positiveInt(values.limit, 'limit');
  const offset = positiveInt(values.offset, 'offset', true);
  const library = openLibrary(libraryFileFrom(values));
  try {
    const page = listArticles(library.db, { sort: sort.data, direction, offset, limit });
    if (values.json) io.stdout(JSON.stringify(page) + '\n');
    else {
      for (const a of page.items) io.stdout(formatSummaryLine(a) + '\n');
      io.stderr(`${page.items.length} of ${page.total} articles\n`);
    }
    return ExitCode.ok;
  } finally {
    library.close();
  }
};

/** Parses a whole-number option, refusing anything else with a usage error. */
export function positiveInt(value: string | undefined, name: string, allowZero = false): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1))
    throw new UsageError(`--${name} takes a whole number${allowZero ? '' : ' above 0'}`);
  return n;
}
