/**
 * Writes the channel reference of docs/api.md from the contract (shared/contract/channels.ts), so
 * the page lists every channel with the shapes `dispatch` actually checks: `npx tsx
 * scripts/docs/apiReference.ts` rewrites the part between the `channels:start` and
 * `channels:end` markers. electron/serve/apiDocs.test.ts fails when a channel is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CHANNEL_NAMES, channels, events } from '@shared/contract/channels';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  prefixItems?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
  additionalProperties?: Schema | boolean;
  minimum?: number;
  maximum?: number;
};

/** A JSON Schema as a short TypeScript-like type, indented for nested objects. */
function shape(s: Schema, depth = 0): string {
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return alternatives.map((a) => shape(a, depth)).join(' | ');
  const type = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (type.length > 1) return type.map((t) => shape({ ...s, type: t }, depth)).join(' | ');
  switch (type[0]) {
    case 'object': {
      if (!s.properties) {
        const values = typeof s.additionalProperties === 'object' ? shape(s.additionalProperties, depth) : 'unknown';
        return `{ [key: string]: ${values} }`;
      }
      const pad = '  '.repeat(depth + 1);
      const entries = Object.entries(s.properties).map(([key, value]) => {
        const optional = !(s.required ?? []).includes(key) || value.default !== undefined;
        const def = value.default !== undefined ? ` = ${JSON.stringify(value.default)}` : '';
        return `${pad}${key}${optional ? '?' : ''}: ${shape(value, depth + 1)}${def}`;
      });
      return entries.length ? `{\n${entries.join(',\n')}\n${'  '.repeat(depth)}}` : '{}';
    }
    case 'array':
      return s.items ? `Array<${shape(s.items, depth)}>` : 'unknown[]';
    case 'integer':
      return range('integer', s);
    case 'number':
      return range('number', s);
    case 'string':
    case 'boolean':
    case 'null':
      return type[0];
    default:
      return 'unknown';
  }
}

function range(name: string, s: Schema): string {
  if (s.minimum !== undefined && s.maximum !== undefined && s.maximum - s.minimum < 10)
    return `${name} (${s.minimum}–${s.maximum})`;
  return name;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Schema {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' }) as Schema;
}

/**
 * A request body for each channel's curl example: what a user would send (the docs test checks
 * each against the contract). Channels not listed take `{}`.
 */
export const EXAMPLES: Readonly<Record<string, unknown>> = {
  'articles:list': { sort: 'title', direction: 'asc', limit: 20 },
  'articles:get': { id: 1 },
  'articles:correct': { id: 1, changes: { outlet: 'Reuters', publishedAt: '2018-07-04' } },
  'articles:correctMany': { ids: [1, 2], changes: { outlet: 'Reuters' } },
  'articles:delete': { ids: [5], dryRun: true },
  'search:query': { query: 'Daraa talks outlet:Reuters', limit: 10 },
  'search:saved:add': { name: 'Daraa', query: 'daraa OR deraa' },
  'search:saved:delete': { id: 1 },
  'import:tables': { paths: ['/home/me/articles.csv'] },
  'import:paths': { paths: ['/home/me/articles'] },
  'watch:add': { path: '/home/me/incoming' },
  'library:restore': { file: '/home/me/.config/Crosscheck/backups/library.sqlite@20261206-084200-123-daily.sqlite' },
  'watch:remove': { id: 1 },
  'stories:rename': { id: 3, label: 'Daraa offensive' },
  'stories:move': { articleIds: [4, 5], storyId: 3 },
  'stories:merge': { targetId: 3, sourceIds: [7] },
  'stories:split': { articleIds: [4] },
  'compare:articles': { articleIds: [1, 2, 3] },
  'compare:align': {
    a: 'Rebels in Daraa declined to surrender heavy weapons, a negotiator said on Wednesday.',
    b: 'A negotiator said on Wednesday that rebels in Daraa declined to surrender heavy weapons.',
    minWords: 6
  },
  'library:keepBackups': { keep: 20 },
  'library:open': { path: '/home/me/Projects/Elections 2026.sqlite' },
  'library:forgetRecent': { path: '/home/me/Projects/Elections 2026.sqlite' },
  'dialog:pickImportPaths': { folders: true },
  'dialog:saveExport': { fileName: 'Daraa talks.md', content: '# Daraa talks\n', encoding: 'utf8' },
  'window:setTheme': { theme: 'dark' },
  'annotations:create': {
    kind: 'highlight',
    articleId: 1,
    quote: 'declined to surrender heavy weapons',
    colour: 4,
    note: 'Who says so?',
    tags: ['talks']
  },
  'annotations:get': { id: 1 },
  'annotations:update': { id: 1, changes: { note: 'Both sides say the other walked out.', tags: ['talks', 'disputed'] } },
  'annotations:delete': { id: 1 },
  'annotations:restore': {
    annotation: {
      id: 1,
      kind: 'highlight',
      articleId: 1,
      storyId: null,
      targetTitle: 'Talks fail in Daraa',
      article: { title: 'Talks fail in Daraa', outlet: 'Reuters', publishedAt: '2018-07-04' },
      colour: 4,
      note: 'Who walked out?',
      tags: ['talks'],
      anchor: {
        quote: {
          type: 'TextQuoteSelector',
          exact: 'talks with Russia',
          prefix: 'said on Wednesday that ',
          suffix: ' had collapsed.'
        },
        position: { type: 'TextPositionSelector', start: 41, end: 58 },
        textHash: '3f1c0a9e5b7d2c44'
      },
      state: 'placed',
      orphanReason: null,
      current: { start: 41, end: 58 },
      originalExact: null,
      score: null,
      passage: null,
      passageKey: null,
      createdAt: '2026-12-06T08:00:00.000Z',
      updatedAt: '2026-12-06T08:00:00.000Z'
    }
  },
  'annotations:list': { filter: { articleId: 1, colours: [4], tags: ['talks'] }, sort: 'position' },
  'annotations:counts': { filter: { storyId: 3 } },
  'annotations:tags': { prefix: 'ta', limit: 10 },
  'annotations:colours:set': { colours: [{ colour: 3, label: 'Numbers' }] },
  'export:render': {
    scope: { kind: 'story', storyId: 3 },
    format: 'docx',
    options: { group: 'colour', fullText: false, includeComparison: true, author: 'A. Researcher' },
    jobId: 'report-1'
  },
  'export:cancel': { jobId: 'report-1' },
  'export:settings:set': { author: 'A. Researcher' },
  'annotations:import': { content: '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection",…}', dryRun: true }
};

/** A curl command calling `channel` on a running `crosscheck serve` (PORT and TOKEN from its --json line). */
function curl(channel: string, body: unknown): string {
  const json = JSON.stringify(body).replace(/'/g, "'\\''");
  return `curl -s http://127.0.0.1:$PORT/api/${channel} -H "x-crosscheck-token: $TOKEN" -H 'content-type: application/json' -d '${json}'`;
}

/** The channel reference, in the contract's order. */
export function channelReference(): string {
  const out: string[] = [];
  for (const name of CHANNEL_NAMES) {
    const spec = channels[name];
    const example =
      name === 'annotations:restore'
        ? { annotation: '(the "deleted" value annotations:delete answered)' }
        : (EXAMPLES[name] ?? {});
    out.push(`### \`${name}\``, '', '```sh', curl(name, example), '```', '');
    out.push('Input:', '', '```ts', shape(jsonSchema(spec.input, 'input')), '```', '', 'Output (`value`):', '', '```ts');
    out.push(shape(jsonSchema(spec.output, 'output')), '```', '');
  }
  out.push('### Events', '');
  for (const [name, schema] of Object.entries(events)) {
    out.push(`\`${name}\`:`, '', '```ts', shape(jsonSchema(schema, 'output')), '```', '');
  }
  return out.join('\n');
}

const START = '<!-- channels:start (generated by scripts/docs/apiReference.ts) -->';
const END = '<!-- channels:end -->';

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const file = path.resolve(import.meta.dirname, '../../docs/api.md');
  const page = fs.readFileSync(file, 'utf8');
  const from = page.indexOf(START);
  const to = page.indexOf(END);
  if (from < 0 || to < from) throw new Error(`docs/api.md needs the markers ${START} and ${END}.`);
  fs.writeFileSync(file, `${page.slice(0, from + START.length)}\n\n${channelReference()}\n${page.slice(to)}`);
  console.log(`docs/api.md: ${CHANNEL_NAMES.length} channels, ${Object.keys(events).length} events.`);
}
