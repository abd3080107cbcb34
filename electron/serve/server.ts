import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Handlers, dispatch } from '@shared/contract/dispatch';
import { changeOfWrite } from '@shared/contract/writeChanges';
import { writesLibrary } from '@shared/contract/writes';
import { contentSecurityPolicy } from '@shared/csp';
import type { Invoke } from '../library/engineWorker/startEngineWorker';

/** How to start browser mode. */
export type ServeOptions = ServeCommonOptions &
  (
    | {
        /** Routes each call to the engine (its worker thread: `startEngineWorker`), as `crosscheck serve` does. */
        readonly invoke: Invoke;
      }
    | {
        /** Runs each call in this thread: for tests of the server itself, and the responsiveness benchmark's "before". */
        readonly handlers: Partial<Handlers>;
      }
  );

/** What every browser-mode server takes. */
export interface ServeCommonOptions {
  /** The built renderer (out/renderer). */
  readonly staticDir: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** The per-run secret; a random one is made when absent. */
  readonly token?: string;
  readonly onError?: (channel: string, error: unknown) => void;
}

/** A running browser-mode server. */
export interface RunningServer {
  /** The URL to open, token included. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  /** Pushes an event to every open page (server-sent events on /api/events). */
  emit(event: string, payload: unknown): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 8 * 1024 * 1024;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8'
};

/**
 * Browser mode: the same UI and the same handlers as the desktop app, over HTTP on 127.0.0.1.
 * Every API call needs the per-run token (header `x-crosscheck-token`), and requests whose Host
 * is not this server's loopback address are refused, so neither another local user's page nor
 * a DNS-rebinding site can drive the library.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let port = 0;
  /** Each open page's event stream, with the id the page sends with its calls (none from an older page). */
  const eventClients = new Map<http.ServerResponse, string | undefined>();

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.onError?.('http', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!isAllowedHost(req.headers.host, port)) return send(res, 421, 'text/plain; charset=utf-8', 'Unknown host');
    if (url.pathname === '/api/events' && req.method === 'GET') {
      // The same Origin rule as every channel: a page's own EventSource sends none (same-origin GET).
      const origin = req.headers.origin;
      if (origin !== undefined && !isAllowedOrigin(origin, port)) return send(res, 403, 'text/plain; charset=utf-8', 'Cross-origin requests are refused.');
      // EventSource cannot send headers, so the token comes in the query string here.
      if (!checkToken(url.searchParams.get('token') ?? undefined)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      eventClients.set(res, pageIdOf(url.searchParams.get('page') ?? undefined));
      req.on('close', () => eventClients.delete(res));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only');
      const origin = req.headers.origin;
      if (origin !== undefined && !isAllowedOrigin(origin, port)) return sendJson(res, 403, forbidden('Cross-origin requests are refused.'));
      if (!checkToken(req.headers['x-crosscheck-token'])) return sendJson(res, 403, forbidden('Missing or wrong session token.'));
      const body = await readBody(req);
      if (body === undefined) return sendJson(res, 413, { ok: false, error: { code: 'invalid-input', message: 'Request too large.' } });
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'invalid-input', message: 'Request body is not JSON.' } });
      }
      const route = routeOf(url.pathname);
      if (route === undefined) return sendJson(res, 400, { ok: false, error: { code: 'invalid-input', message: 'The address is not valid percent-encoding.' } });
      const channel = route.normal.slice('/api/'.length);
      const result = 'invoke' in options ? await options.invoke(channel, input) : await dispatch(options.handlers, channel, input, options.onError);
      sendJson(res, 200, result);
      // The pages share the engine's connection, so the engine's watch for other processes' writes
      // cannot tell them apart: the other pages are told here what the call changed (writeChanges.ts,
      // docs/reliability.md), or, when that cannot be told, to fetch everything.
      if (result.ok && writesLibrary(channel, input)) {
        const changed = changeOfWrite(channel, input);
        broadcast('library:changed', changed ? { reason: 'external', changed } : { reason: 'external' }, pageIdOf(req.headers['x-crosscheck-page']));
      }
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    const route = routeOf(url.pathname);
    if (route === undefined) return send(res, 400, 'text/plain; charset=utf-8', 'This address is not valid percent-encoding.');
    // NB: the gate looks at the normalised route, so no spelling of the page's path
    // ('/index.html/', '/./index.html', '/%69ndex.html') reaches it without the token.
    if (route.normal === '/' || route.normal === '/index.html') {
      // The page itself is only handed out with the token, so a guessed port shows nothing.
      if (!checkToken(url.searchParams.get('token') ?? undefined)) {
        return send(res, 403, 'text/plain; charset=utf-8', 'Crosscheck browser mode: open the URL printed by `crosscheck serve` (it carries the session token).');
      }
      return serveFile(res, path.join(options.staticDir, 'index.html'));
    }
    // Files are served at their exact path only: a path that normalises to another one is not a
    // second way to the same file.
    if (!route.exact) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    const file = path.resolve(options.staticDir, '.' + route.normal);
    if (!file.startsWith(path.resolve(options.staticDir) + path.sep)) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    return serveFile(res, file);
  }

  /** Sends an event to every open page but the one whose id is `except`. */
  function broadcast(event: string, payload: unknown, except?: string): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const [client, page] of eventClients) if (except === undefined || page !== except) client.write(frame);
  }

  function checkToken(candidate: string | string[] | undefined): boolean {
    if (typeof candidate !== 'string') return false;
    const bytes = Buffer.from(candidate);
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`,
    port,
    token,
    emit: (event, payload) => broadcast(event, payload),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}

/**
 * A request path decoded and normalised (dots resolved, repeated and trailing slashes dropped);
 * `exact` when the request spelled it that way already. `undefined` when it is not valid
 * percent-encoding or holds a NUL.
 */
export function routeOf(pathname: string): { normal: string; exact: boolean } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  let normal = path.posix.normalize('/' + decoded);
  while (normal.length > 1 && normal.endsWith('/')) normal = normal.slice(0, -1);
  return { normal, exact: normal === decoded };
}

/** A page's id as sent (header `x-crosscheck-page`, or `page` on the event stream), when it is one. */
function pageIdOf(value: string | string[] | undefined | null): string | undefined {
  return typeof value === 'string' && /^[\w-]{8,64}$/.test(value) ? value : undefined;
}

function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function isAllowedOrigin(origin: string, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function forbidden(message: string) {
  return { ok: false, error: { code: 'forbidden', message } };
}

async function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveFile(res: http.ServerResponse, file: string): Promise<void> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch {
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }
  send(res, 200, MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream', data);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'no-store'
  });
  res.end(body);
}
