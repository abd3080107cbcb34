import { ARTICLES_PAGE_MAX } from '@shared/contract/channels';
import type { ArticleSummary, SortDirection, SortKey } from '@shared/contract/schemas';
import { UsageError, parseCommandArgs } from '../args';
import { checkInput, openCliEngine } from '../cliEngine';
import { FILE_DATE_KEY, formatSummaryLine } from '../format';
import { ExitCode, type CliCommand } from '../io';

/**
 * `crosscheck list`: the library's articles, newest first by default, from `articles:list` (page
 * after page of the contract's largest page, up to `--limit`).
 */
export const runList: CliCommand = async (argv, io) => {
  const { values } = parseCommandArgs(argv, {
    sort: { type: 'string', default: 'publishedAt' },
    asc: { type: 'boolean', default: false },
    desc: { type: 'boolean', default: false },
    limit: { type: 'string', default: '1000000' },
    offset: { type: 'string', default: '0' }
  });
  const limit = positiveInt(values.limit, 'limit');
  const first = {
    sort: values.sort as SortKey,
    direction: (values.asc ? 'asc' : 'desc') as SortDirection,
    offset: positiveInt(values.offset, 'offset', true),
    limit: Math.min(limit, ARTICLES_PAGE_MAX)
  };
  checkInput('articles:list', first, { sort: (v) => `unknown sort key "${String(v)}"` });
  const engine = openCliEngine(values);
  try {
    const items: ArticleSummary[] = [];
    let total = 0;
    for (let offset = first.offset; items.length < limit; ) {
      const page = await engine.call('articles:list', { ...first, offset, limit: Math.min(limit - items.length, ARTICLES_PAGE_MAX) });
      total = page.total;
      items.push(...page.items);
      offset += page.items.length;
      if (page.items.length === 0 || offset >= page.total) break;
    }
    if (values.json) io.stdout(JSON.stringify({ total, items }) + '\n');
    else {
      for (const a of items) io.stdout(formatSummaryLine(a) + '\n');
      io.stderr(`${items.length} of ${total} articles\n`);
      if (items.some((a) => a.dateFromFile === true)) io.stderr(`${FILE_DATE_KEY}\n`);
    }
    return ExitCode.ok;
  } finally {
    engine.close();
  }
};

/** Parses a whole-number option, refusing anything else with a usage error. */
export function positiveInt(value: string | undefined, name: string, allowZero = false): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1))
    throw new UsageError(`--${name} takes a whole number${allowZero ? '' : ' above 0'}`);
  return n;
}
