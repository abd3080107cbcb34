import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from './dispatch';
import { AppFailure } from './result';

const summary = { id: 1, title: 'T', outlet: null, publishedAt: null, wordCount: 3, collection: null, importedAt: '2026-01-01' };

describe('dispatch', () => {
  it('fills defaults and returns the handler value as ok', async () => {
    let seen: unknown;
    const handlers: Partial<Handlers> = {
      'articles:list': (input) => {
        seen = input;
        return { total: 1, items: [summary] };
      }
    };
    const result = await dispatch(handlers, 'articles:list', {});
    expect(result).toEqual({ ok: true, value: { total: 1, items: [summary] } });
    expect(seen).toEqual({ sort: 'publishedAt', direction: 'desc', offset: 0, limit: 200 });
  });

  it('refuses unknown channels, bad input and extra keys with readable messages', async () => {
    expect(await dispatch({}, 'fs:readFile', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    const bad = await dispatch({}, 'articles:get', { id: -3 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!bad.ok) expect(bad.error.message).toMatch(/articles:get \(id\)/);
    expect(await dispatch({}, 'articles:list', { limit: 10, sql: 'DROP TABLE' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch({}, 'search:query', { query: 'x'.repeat(5000) })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('turns thrown errors into error results, keeping deliberate codes', async () => {
    const handlers: Partial<Handlers> = {
      'articles:get': () => {
        throw new AppFailure('not-found', 'Article 9 is not in the library.');
      },
      'library:info': () => {
        throw new TypeError('boom');
      }
    };
    expect(await dispatch(handlers, 'articles:get', { id: 9 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Article 9 is not in the library.' }
    });
    const logged: string[] = [];
    const internal = await dispatch(handlers, 'library:info', {}, (channel) => logged.push(channel));
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toEqual(['library:info']);
  });

  it('refuses an output that breaks the contract instead of passing it on', async () => {
    const handlers = { 'articles:get': () => ({ id: 'one' }) } as unknown as Partial<Handlers>;
    expect(await dispatch(handlers, 'articles:get', { id: 1 }, () => {})).toMatchObject({ ok: false, error: { code: 'invalid-output' } });
  });

  it('answers "database is locked" as busy with a sentence, after one more try where the first wrote nothing (review 13, finding 11)', async () => {
    const locked = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    let tries = 0;
    const once: Partial<Handlers> = {
      'articles:correctMany': () => {
        if (++tries === 1) throw locked();
        return { updated: 2 };
      }
    };
    expect(await dispatch(once, 'articles:correctMany', { ids: [1, 2], changes: { outlet: 'X' } })).toEqual({
      ok: true,
      value: { updated: 2 }
    });
    expect(tries).toBe(2);

    tries = 0;
    const always: Partial<Handlers> = {
      'articles:correctMany': () => {
        tries++;
        throw locked();
      }
    };
    const busy = await dispatch(always, 'articles:correctMany', { ids: [1], changes: { outlet: 'X' } });
    expect(busy).toMatchObject({
      ok: false,
      error: {
        code: 'busy',
        message: expect.stringMatching(/^Another program is writing to this library .*Try again in a moment\.$/)
      }
    });
    expect(tries).toBe(2);

    // A job that commits as it goes is not run again (part of it may be written), and a worker's relayed message counts too.
    tries = 0;
    const job = {
      'import:paths': () => {
        tries++;
        throw new Error('database is locked');
      }
    } as unknown as Partial<Handlers>;
    expect(await dispatch(job, 'import:paths', { paths: ['/tmp/x.txt'] })).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(tries).toBe(1);
  });
});
