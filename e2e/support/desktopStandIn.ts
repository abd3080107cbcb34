import type { Page } from '@playwright/test';

/** What the stand-in desktop preload answers in place of the desktop host's own capabilities. */
export interface DesktopStandIn {
  /** The native import picker's answer (`dialog:pickImportPaths`); each call's `folders` is kept in `picks`. */
  readonly picked?: string;
  /** The folder a dropped file is said to live in, as Electron's `webUtils.getPathForFile` would say. */
  readonly dropFolder?: string;
  /** Answer the native Save dialog (`dialog:saveExport`) as saved in /home/me/Reports; each call is kept in `saved`. */
  readonly saveDialog?: boolean;
  /** Fields of `library:info` the desktop host answers differently (`canPickFiles`, `mode`). */
  readonly info?: Record<string, unknown>;
  /**
   * Answer the desktop host's library choice (`library:recent`, `library:open`, `library:create`,
   * `library:forgetRecent`, `library:clearRecent`) with this recent list: an open succeeds (the
   * server's library stays behind it), each call is kept in `libraryCalls`.
   */
  readonly libraries?: ReadonlyArray<{ path: string; name: string; missing: boolean; open: boolean }>;
}

/**
 * Gives the page, before it loads, a stand-in for the desktop preload's `window.crosscheck`:
 * calls go to the same handlers over HTTP (as browser mode's do), events come from the server's
 * stream, and the test plays the menu (`playMenu`) and the native dialogs. Electron cannot run
 * here; what runs for real is everything the renderer does with the preload's answers.
 */
export async function standInDesktopPreload(page: Page, options: DesktopStandIn): Promise<void> {
  await page.addInitScript((o: DesktopStandIn) => {
    type Listener = (payload: unknown) => void;
    const token = new URLSearchParams(window.location.search).get('token') ?? '';
    const menuListeners = new Map<string, Set<Listener>>();
    let recent = [...(o.libraries ?? [])];
    let source: EventSource | undefined;
    const stub = {
      picks: [] as boolean[],
      saved: [] as unknown[],
      libraryCalls: [] as unknown[],
      async invoke(channel: string, input: Record<string, unknown>) {
        if (
          o.libraries &&
          ['library:recent', 'library:open', 'library:create', 'library:forgetRecent', 'library:clearRecent'].includes(channel)
        ) {
          stub.libraryCalls.push({ channel, ...input });
          if (channel === 'library:open')
            return { ok: true, value: { path: (input['path'] as string | undefined) ?? '/home/me/Picked.sqlite' } };
          if (channel === 'library:create') return { ok: true, value: { path: '/home/me/New library.sqlite' } };
          if (channel === 'library:forgetRecent') recent = recent.filter((r) => r.path !== input['path']);
          if (channel === 'library:clearRecent') recent = recent.filter((r) => r.open);
          return { ok: true, value: { recent } };
        }
        if (channel === 'dialog:pickImportPaths' && o.picked !== undefined) {
          stub.picks.push((input['folders'] as boolean | undefined) ?? true);
          return { ok: true, value: [o.picked] };
        }
        if (channel === 'dialog:saveExport' && o.saveDialog === true) {
          stub.saved.push(input);
          return { ok: true, value: { path: `/home/me/Reports/${String(input['fileName'])}` } };
        }
        const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-crosscheck-token': token },
          body: JSON.stringify(input)
        });
        const result = (await response.json()) as { ok: boolean; value?: Record<string, unknown> };
        if (channel === 'library:info' && result.ok && result.value) Object.assign(result.value, o.info ?? {});
        return result;
      },
      on(event: string, listener: Listener) {
        if (event.startsWith('menu:')) {
          const listeners = menuListeners.get(event) ?? new Set<Listener>();
          menuListeners.set(event, listeners);
          listeners.add(listener);
          return () => listeners.delete(listener);
        }
        source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
        const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data));
        source.addEventListener(event, handler);
        return () => source?.removeEventListener(event, handler);
      },
      pathForFile: (file: File) => (o.dropFolder === undefined ? '' : `${o.dropFolder}/${file.name}`),
      /** What the desktop menu does: sendEvent(window, 'menu:command', command). */
      menu(command: string) {
        for (const listener of menuListeners.get('menu:command') ?? []) listener(command);
      },
      /** What File → Open Recent does: sendEvent(window, 'menu:openLibrary', { path }). */
      openRecent(path: string) {
        for (const listener of menuListeners.get('menu:openLibrary') ?? []) listener({ path });
      }
    };
    Object.defineProperty(window, 'crosscheck', { value: stub });
  }, options);
}

/** Plays a command of the desktop menu on a page given {@link standInDesktopPreload}. */
export function playMenu(page: Page, command: string): Promise<void> {
  return page.evaluate((c) => (window as unknown as { crosscheck: { menu(command: string): void } }).crosscheck.menu(c), command);
}

/** Plays File → Open Recent's item for `path` on a page given {@link standInDesktopPreload}. */
export function playOpenRecent(page: Page, path: string): Promise<void> {
  return page.evaluate(
    (p) => (window as unknown as { crosscheck: { openRecent(path: string): void } }).crosscheck.openRecent(p),
    path
  );
}

/** What the stand-in recorded: the picker's calls (`picks`), the Save dialog's (`saved`) or the library choice's (`libraryCalls`). */
export function standInRecord<T>(page: Page, what: 'picks' | 'saved' | 'libraryCalls'): Promise<T[]> {
  return page.evaluate((w) => (window as unknown as { crosscheck: Record<string, unknown[]> }).crosscheck[w] as T[], what);
}
