import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { sendEvent } from './ipc';

/** The application menu. Commands that the UI owns are forwarded to it as `menu:command` events. */
export function buildMenu(getWindow: () => BrowserWindow | undefined): Menu {
  const send = (command: 'import' | 'focus-search' | 'show-last-import') => () => {
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
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Search', accelerator: 'CmdOrCtrl+K', click: send('focus-search') },
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
