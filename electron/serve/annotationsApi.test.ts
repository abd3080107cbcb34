import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/contract/annotationSchemas';
import type { EventName, EventPayload } from '@shared/contract/channels';
import { createHandlers } from '../library/handlers';
import { makeTempFolder, makeTempLibrary } from '../library/testing/tempLibrary';
import { type RunningServer, startServer } from './server';

// Annotations through the path the page takes in browser mode: POST /api/<channel> on the
// server over the engine's real handlers, and an import that runs in the import worker thread.

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function call<T>(server: RunningServer, channel: string, input: unknown): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-crosscheck-token': server.token },
    body: JSON.stringify(input)
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value as T;
}

describe('annotations in browser mode', () => {
  it('re-anchors highlights when the UI imports a changed file in the worker, and tells the page which articles', async () => {
    const lib = makeTempLibrary();
    const files = makeTempFolder({
      'daraa.txt': 'Talks fail\n\nRebels said talks with Russia had collapsed.\nThe UN called for calm.'
    });
    const staticDir = makeTempFolder({ 'index.html': '<!doctype html><title>ui</title>' });
    cleanups.push(
      () => lib.dispose(),
      () => fs.rmSync(files, { recursive: true, force: true }),
      () => fs.rmSync(staticDir, { recursive: true, force: true })
    );
    const events: Array<EventPayload<'library:changed'>> = [];
    const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
      if (event === 'library:changed') events.push(payload as EventPayload<'library:changed'>);
    };
    const server = await startServer({ handlers: createHandlers(lib, { mode: 'browser', emit }), staticDir });
    cleanups.push(() => server.close());

    await call(server, 'import:paths', { paths: [files] });
    const made = await call<Annotation>(server, 'annotations:create', {
      kind: 'highlight',
      articleId: 1,
      quote: 'talks with Russia',
      note: '<img src=x onerror=alert(1)>'
    });
    expect(events).toEqual([]);

    fs.writeFileSync(
      path.join(files, 'daraa.txt'),
      'Talks fail\n\nOn Wednesday, in Daraa, rebels said talks with Russia had collapsed.'
    );
    await call(server, 'import:paths', { paths: [files] });
    expect(events).toEqual([{ reason: 'annotations', articleIds: [1] }]);
    const after = await call<Annotation>(server, 'annotations:get', { id: made.id });
    expect(after).toMatchObject({ state: 'moved', note: '<img src=x onerror=alert(1)>' });
    expect(after.current!.start).toBeGreaterThan(made.current!.start);
    const body = (await call<{ body: string }>(server, 'articles:get', { id: 1 })).body;
    expect(body.slice(after.current!.start, after.current!.end)).toBe('talks with Russia');
  }, 60_000);
});
