import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '@shared/contract/channels';
import { sendEvent } from './ipc';

/** The application menu. Commands that the UI owns are forwarded to it as `menu:command` events. */
export function buildMenu(getWindow: () => BrowserWindow | undefined): Menu {
  const send = (command: EventPayload<'menu:command'>) => () => {
    const window = getWindow();
    if (window) sendEvent(window, 'menu:command', command);
  };
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
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
