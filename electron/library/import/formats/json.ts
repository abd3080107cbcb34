/**
 * JSON and JSON Lines files: one article per object. JSON may be an array of objects, an object
 * holding such an array (under `articles`, `items`, `data`, `results`… or nested one or two levels,
 * as API responses do), or a single article object. In JSONL a bad line is a warning.
 */
import type { ExtractContext, Extracted } from './context';
import { throwIfAborted } from './context';
import { ExtractFailure, errorMessage } from './failure';
import { RowWarnings, tableToArticles, type Table } from './tableRows';
import { readTextFile } from './textFile';

/** Keys that usually hold the list of records in an export or API response, best first. */
const LIST_KEYS = [
  'articles',
  'items',
  'data',
  'results',
  'records',
  'rows',
  'documents',
  'docs',
  'entries',
  'posts',
  'stories',
  'hits',
  'news'
];

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The array of records inside a parsed JSON value, or undefined. Looks at most three levels deep. */
export function findRecordList(value: unknown, depth = 0): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isObject(value) || depth >= 3) return undefined;
  const keys = Object.keys(value);
  for (const wanted of LIST_KEYS) {
    const key = keys.find((k) => k.toLowerCase() === wanted);
    if (key === undefined) continue;
    const found = findRecordList(value[key], depth + 1);
    if (found) return found;
  }
  // An envelope (`{"response": {"docs": [...]}}`): look inside objects, but not into other arrays.
  for (const key of keys.slice(0, 50)) {
    if (!isObject(value[key])) continue;
    const found = findRecordList(value[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Builds a table from objects; headers are the keys in order of first appearance. */
function toTable(items: { n: number; value: unknown }[], ctx: ExtractContext, kind: string): Table {
  const headers: string[] = [];
  const seen = new Set<string>();
  const notObjects = new RowWarnings('row-not-object', 'rows that are not objects');
  const rows: Table['rows'] = [];
  for (const { n, value } of items) {
    if (!isObject(value)) {
      notObjects.add(ctx.warnings, `row ${n}: not an object with fields`);
      continue;
    }
    if (seen.size < 1000) {
      for (const key of Object.keys(value)) {
        if (!seen.has(key)) {
          seen.add(key);
          headers.push(key);
        }
      }
    }
    rows.push({ n, record: value });
  }
  notObjects.finish(ctx.warnings);
  if (rows.length === 0) {
    throw new ExtractFailure(
      'no-articles',
      `This ${kind} holds no objects with fields; it should hold a list of articles like {"title": …, "text": …}.`
    );
  }
  return { headers, rows };
}

function limitRows<T>(items: T[], ctx: ExtractContext): T[] {
  if (items.length <= ctx.limits.maxRows) return items;
  ctx.warnings.push({ code: 'truncated', message: `Only the first ${ctx.limits.maxRows.toLocaleString('en')} rows were read` });
  return items.slice(0, ctx.limits.maxRows);
}

/**
 * Where a JSON parse error is, as a person finds it in an editor (` at line 3, column 14`), or
 * nothing when the parser did not say. NB: V8 gives a character offset (`at position 52`).
 */
function whereInText(text: string, error: unknown): string {
  const position = /at position (\d+)/.exec(errorMessage(error))?.[1];
  if (position === undefined) return '';
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  return ` (a mistake at line ${line}, column ${Number(position) - before.lastIndexOf('\n')})`;
}

/** Reads a .json file into a table of its records, without mapping it. */
export function readJsonTable(bytes: Uint8Array, ctx: ExtractContext): Table {
  const text = readTextFile(bytes, ctx, 'JSON file');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ExtractFailure(
      'corrupt',
      `This JSON file is not valid JSON${whereInText(text, error)}; fix it in a text editor, or export it again, and import it again.`,
      errorMessage(error)
    );
  }
  throwIfAborted(ctx.signal);
  const list = findRecordList(parsed) ?? (isObject(parsed) ? [parsed] : undefined);
  if (!list)
    throw new ExtractFailure(
      'no-articles',
      'This JSON file holds a single value, not articles; it should hold a list of articles like {"title": …, "text": …}.'
    );
  const items = limitRows(list, ctx).map((value, i) => ({ n: i + 1, value }));
  return toTable(items, ctx, 'JSON file');
}

/** Reads a .jsonl / .ndjson file into a table: one JSON object per line; row N is line N. */
export function readJsonlTable(bytes: Uint8Array, ctx: ExtractContext): Table {
  const text = readTextFile(bytes, ctx, 'JSON Lines file');
  const badLines = new RowWarnings('bad-line', 'lines that are not valid JSON');
  const items: { n: number; value: unknown }[] = [];
  const lines = text.split(/\r?\n/);
  let i = 0;
  for (; i < lines.length && items.length < ctx.limits.maxRows; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    try {
      items.push({ n: i + 1, value: JSON.parse(line) });
    } catch {
      badLines.add(ctx.warnings, `row ${i + 1}: not valid JSON`);
    }
    if (i % 5000 === 4999) throwIfAborted(ctx.signal);
  }
  badLines.finish(ctx.warnings);
  if (lines.slice(i).some((line) => line.trim() !== '')) {
    ctx.warnings.push({ code: 'truncated', message: `Only the first ${ctx.limits.maxRows.toLocaleString('en')} rows were read` });
  }
  if (items.length === 0)
    throw new ExtractFailure(
      'corrupt',
      'No line of this JSON Lines file is valid JSON; each line should be one article like {"title": …, "text": …}.'
    );
  return toTable(items, ctx, 'JSON Lines file');
}

/** Reads a .json file. */
export async function extractJson(bytes: Uint8Array, ctx: ExtractContext): Promise<Extracted> {
  return { format: 'json', articles: tableToArticles(readJsonTable(bytes, ctx), ctx, 'JSON file') };
}

/** Reads a .jsonl / .ndjson file. */
export async function extractJsonl(bytes: Uint8Array, ctx: ExtractContext): Promise<Extracted> {
  return { format: 'jsonl', articles: tableToArticles(readJsonlTable(bytes, ctx), ctx, 'JSON Lines file') };
}
