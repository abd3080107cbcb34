import { BrowserWindow, Menu, app, dialog, nativeTheme } from 'electron';
import path from 'node:path';
import { startEngineWorker } from '../library/engineWorker/startEngineWorker';
import { APP_NAME, defaultLibraryFile, userDataDir } from '../library/paths';
import { type LibraryHost, startLibraryHost } from '../library/switching/libraryHost';
import { libraryChoicesFile } from '../library/switching/recentLibraries';
import { findPackageRoot, findResources } from '../library/resources';
import { registerIpc, sendEvent } from './ipc';
import { buildMenu } from './menu';
import { printReportPdf } from './printPdf';
import { electronNativeBinding } from './nativeBinding';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol';
import { pickImportPaths } from './importPicker';
import { hardenSessions } from './security';
import { readWindowTheme, saveWindowTheme, windowBackground, windowThemeFile } from './windowTheme';

/**
 * The Electron main process: lifecycle, the window, the app:// protocol, menus and IPC wiring.
 * It holds no behaviour of its own — the engine (electron/library) does everything and is shared
 * with the CLI and browser mode. The engine runs in its own worker thread (startEngineWorker, the
 * same routing browser mode uses): this process only routes calls to it and serves what only it
 * can (dialogs, printing), so the window never waits on a query.
 */
app.setName(APP_NAME);
registerAppScheme();

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
const root = findPackageRoot(import.meta.dirname);
let engine: LibraryHost | undefined;
let mainWindow: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
});

app.whenReady().then(start, (error: unknown) => fail(error));

async function start(): Promise<void> {
  hardenSessions(devServerOrigin);
  // Settings → Appearance's last choice, before any window: the frame, menus and background follow it.
  const themeFile = windowThemeFile(userDataDir());
  nativeTheme.themeSource = readWindowTheme(themeFile);
  // Under System, the background follows the computer's switch too.
  nativeTheme.on('updated', () => mainWindow?.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors)));
  const resources = findResources(import.meta.dirname, app.isPackaged ? process.resourcesPath : undefined);
  serveRenderer(app.isPackaged ? path.join(import.meta.dirname, '..', 'renderer') : resources.rendererDir);
  const nativeBinding = electronNativeBinding(root, app.isPackaged);
  const libraryFilter: Electron.FileFilter[] = [{ name: 'Crosscheck library', extensions: ['sqlite', 'db'] }];
  try {
    // The library chosen last (File → Open Library…, New Library…), else the default one (switching/libraryHost.ts).
    engine = await startLibraryHost({
      choicesFile: libraryChoicesFile(userDataDir()),
      defaultFile: defaultLibraryFile(),
      startEngine: (file, seeds) =>
        startEngineWorker({
          file,
          mode: 'desktop',
          ...(seeds ? { seedsDir: resources.seedsDir } : {}),
          watchFolders: true,
          printPdf: printReportPdf,
          ...(nativeBinding ? { nativeBinding } : {}),
          emit: (event, payload) => {
            if (mainWindow) sendEvent(mainWindow, event, payload);
          },
          onError: (channel, error) => console.error(`[${channel}]`, error),
          setTheme: async (theme) => {
            nativeTheme.themeSource = theme;
            mainWindow?.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors));
            saveWindowTheme(themeFile, theme);
          },
          pickImportPaths: (folders) =>
            pickImportPaths((options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)), folders),
          pickSavePath: async (fileName, purpose = 'export') => {
            const extension = path.extname(fileName).slice(1);
            const options: Electron.SaveDialogOptions = {
              title: purpose === 'backup' ? 'Back up the library to' : 'Save the export',
              buttonLabel: 'Save',
              defaultPath: path.join(app.getPath('documents'), fileName),
              ...(extension ? { filters: [{ name: extension.toUpperCase(), extensions: [extension] }] } : {}),
              // NB: Linux's dialog replaces an existing file without asking unless told to ask.
              properties: ['showOverwriteConfirmation', 'createDirectory']
            };
            const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
            return result.canceled || !result.filePath ? null : result.filePath;
          }
        }),
      pickLibraryToOpen: async () => {
        const options: Electron.OpenDialogOptions = {
          title: 'Open a library',
          buttonLabel: 'Open Library',
          filters: [...libraryFilter, { name: 'All files', extensions: ['*'] }],
          properties: ['openFile']
        };
        const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      pickNewLibrary: async () => {
        const options: Electron.SaveDialogOptions = {
          title: 'New library',
          buttonLabel: 'Create Library',
          defaultPath: path.join(app.getPath('documents'), 'Library.sqlite'),
          filters: libraryFilter,
          properties: ['createDirectory']
        };
        const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      // Open Recent follows the list.
      onChange: (host) => Menu.setApplicationMenu(buildMenu(() => mainWindow, host.recent())),
      onError: (error) => console.error('[library]', error)
    });
  } catch (error) {
    return fail(error);
  }
  registerIpc(engine.invoke, devServerOrigin);
  Menu.setApplicationMenu(buildMenu(() => mainWindow, engine.recent()));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 820,
    minHeight: 520,
    title: APP_NAME,
    show: false,
    // The page's background in the saved theme (set above), so the window does not flash the other colour.
    backgroundColor: windowBackground(nativeTheme.shouldUseDarkColors),
    webPreferences: {
      preload: path.join(import.meta.dirname, '..', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // Middle-click on a link would ask for a new window; security.ts denies those anyway.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false
    }
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  void mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error);
  dialog.showErrorBox('Crosscheck cannot open its library', message);
  app.exit(1);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
// The engine closes its library (a WAL checkpoint) before the process ends: quitting waits for it.
app.on('will-quit', (event) => {
  const closing = engine;
  if (!closing) return;
  engine = undefined;
  event.preventDefault();
  void closing.close().finally(() => app.quit());
});
