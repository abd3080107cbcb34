import type { Channel, ChannelInput, ChannelOutput, CrosscheckApi, EventName, EventPayload } from '@shared/contract/channels';
import type { AppError, Result } from '@shared/contract/result';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    readonly crosscheck?: CrosscheckApi;
  }
}

/** A failed call, carrying the readable message the engine produced. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

/**
 * The one place the UI talks to the engine. In the desktop app calls go through the preload's
 * `window.crosscheck`; in browser mode they go to the same handlers over HTTP, authenticated by
 * the session token the page was opened with. Nothing else in the renderer knows which it is.
 */
export async function invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  if (window.crosscheck) return window.crosscheck.invoke(channel, input);
  return invokeHttp(channel, input);
}

/** Like {@link invoke}, but throws an {@link ApiError} on failure (for React data hooks). */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/**
 * Where a file or folder dropped on the window lives on disk, or '' when the host cannot say:
 * always in browser mode (a page is never told), and on the desktop for a drop that is no file.
 */
export function pathOfDroppedFile(file: File): string {
  return window.crosscheck?.pathForFile(file) ?? '';
}

const token = new URLSearchParams(window.location.search).get('token') ?? '';
/**
 * This page load's id, sent with every call and on the event stream: the server tells the other
 * tabs on the same `crosscheck serve` about a write made here, and not this one, which already
 * invalidated what it changed.
 */
const pageId = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

async function invokeHttp<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-crosscheck-token': token, 'x-crosscheck-page': pageId },
      body: JSON.stringify(input)
    });
  } catch {
    return { ok: false, error: { code: 'unavailable', message: 'Cannot reach Crosscheck. Is `crosscheck serve` still running?' } };
  }
  try {
    return (await response.json()) as Result<ChannelOutput<C>>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `Crosscheck answered with HTTP ${response.status}.` } };
  }
}

/**
 * Subscribes to a push event from the host (import progress, menu commands), in both hosts.
 * Desktop: through the preload; browser mode: server-sent events on /api/events, one stream
 * shared by every listener. Browser mode has no menu, so `menu:command` never fires there.
 * Returns the unsubscribe function.
 */
export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  if (window.crosscheck) return window.crosscheck.on(event, listener);
  const source = getEventSource();
  const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data) as EventPayload<E>);
  source.addEventListener(event, handler);
  return () => source.removeEventListener(event, handler);
}

let eventSource: EventSource | undefined;
function getEventSource(): EventSource {
  eventSource ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}&page=${pageId}`);
  return eventSource;
}
