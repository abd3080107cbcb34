import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import type { EventPayload } from '@shared/contract/channels';
import type { RecentLibrary } from '@shared/contract/librarySchemas';
import { sendEvent } from './ipc';

/**
 * The application menu. Commands that the UI owns are forwarded to it as `menu:command` events;
 * Open Recent lists `recent` (the menu is built again when the list changes), and its items ask
 * the UI to open that library (`menu:openLibrary`), so a refusal is said where every other is.
 */
export function buildMenu(getWindow: () => BrowserWindow | undefined, recent: readonly RecentLibrary[]): Menu {
  const send = (command: EventPayload<'menu:command'>) => () => {
    const window = getWindow();
    if (window) sendEvent(window, 'menu:command', command);
  };
  const openLibrary = (file: string) => () => {
    const window = getWindow();
    if (window) sendEvent(window, 'menu:openLibrary', { path: file });
  };
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Library…', click: send('new-library') },
        { label: 'Open Library…', accelerator: 'CmdOrCtrl+Shift+O', click: send('open-library') },
        {
          label: 'Open Recent',
          submenu: [
            ...recent.map((library) => ({
              label: `${library.name}${library.missing ? ' (missing)' : ''} — ${path.dirname(library.path)}`,
              // The open library marked as a radio item is: one of the list, chosen.
              type: 'radio' as const,
              checked: library.open,
              click: openLibrary(library.path)
            })),
            { type: 'separator' as const },
            { label: 'Clear Recent', enabled: recent.length > 1, click: send('clear-recent-libraries') }
          ]
        },
        { type: 'separator' },
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: send('import') },
        { label: 'Last Import Report', click: send('show-last-import') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('export') },
        { type: 'separator' },
        { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: send('settings') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Search', accelerator: 'CmdOrCtrl+K', click: send('focus-search') },
        { label: 'Notes', accelerator: 'CmdOrCtrl+J', click: send('toggle-notes') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'toggleDevTools' }
      ]
    },
    { role: 'windowMenu' }
  ];
  return Menu.buildFromTemplate(template);
}
