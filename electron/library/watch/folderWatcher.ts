import fs from 'node:fs';
import path from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../import/formats';
import { isHiddenOrSystem } from '../import/walk';
import { isWrittenByCrosscheck } from '../export/writtenFiles';

/** What the watcher asks its owner to do. */
export interface FolderWatcherOptions {
  /** Imports these files (new or changed); resolves when done. */
  readonly importFiles: (paths: string[]) => Promise<unknown>;
  /** Quiet time after the last change before importing, so a copy of many files is one import. */
  readonly debounceMs?: number;
  readonly onError?: (folder: string, error: unknown) => void;
  /**
   * Files never imported: those Crosscheck wrote itself, such as a report exported into the folder.
   * Default {@link isWrittenByCrosscheck}.
   */
  readonly isOwnFile?: (file: string) => boolean;
  /**
   * Whether an import the watcher did not start is running (a folder's catch-up, the user's): the
   * files wait for it, instead of failing with "An import is already running" and being lost.
   */
  readonly isBusy?: () => boolean;
}

/**
 * Watches folders (recursively) and imports the supported files that appear or change in them,
 * in batches after a quiet moment, one import at a time. Hidden and system files and unsupported
 * types are ignored, and so are files Crosscheck wrote (exported reports). Deleting a file does not delete its article: the library keeps what it read.
 */
export class FolderWatcher {
  private readonly watchers = new Map<string, fs.FSWatcher>();
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(private readonly options: FolderWatcherOptions) {}

  /** Makes the watched set exactly `folders` (absolute paths); returns the folders it started watching. */
  sync(folders: readonly string[]): string[] {
    const added: string[] = [];
    const wanted = new Set(folders);
    for (const [folder, watcher] of this.watchers) {
      if (!wanted.has(folder)) {
        watcher.close();
        this.watchers.delete(folder);
      }
    }
    for (const folder of wanted) {
      if (this.watchers.has(folder)) continue;
      try {
        const watcher = fs.watch(folder, { recursive: true }, (_event, name) => {
          if (typeof name === 'string') this.noticed(path.join(folder, name));
        });
        watcher.on('error', (error) => this.options.onError?.(folder, error));
        this.watchers.set(folder, watcher);
        added.push(folder);
      } catch (error) {
        this.options.onError?.(folder, error);
      }
    }
    return added;
  }

  /** Stops every watcher. */
  close(): void {
    clearTimeout(this.timer);
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }

  private noticed(file: string): void {
    if (file.split(path.sep).some(isHiddenOrSystem)) return;
    if (!SUPPORTED_EXTENSIONS.includes(path.extname(file).toLowerCase())) return;
    this.pending.add(file);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.debounceMs ?? 1500);
  }

  private async flush(): Promise<void> {
    if (this.running) {
      // One import at a time: try again when the current one ends.
      await this.running.catch(() => {});
      return this.flush();
    }
    if (this.options.isBusy?.()) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), this.options.debounceMs ?? 1500);
      return;
    }
    const files = [...this.pending].filter((f) => {
      try {
        return fs.statSync(f).isFile() && !(this.options.isOwnFile ?? isWrittenByCrosscheck)(f);
      } catch {
        return false;
      }
    });
    this.pending.clear();
    if (files.length === 0) return;
    this.running = this.options.importFiles(files).finally(() => {
      this.running = undefined;
    });
    await this.running.catch((error: unknown) => this.options.onError?.(files[0] ?? '', error));
  }
}
