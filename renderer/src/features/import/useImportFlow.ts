import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ColumnMapping,
  ImportDefaults,
  ImportProgressEvent,
  ImportReport,
  TableFile
} from '@shared/contract/schemas';
import { addedToLibrary, articlesWritten } from '@shared/import/counts';
import { call, onEvent } from '../../lib/api';
import { useToast } from '../../components/useToast';
import { plural } from '../../lib/format';
import type { DroppedFiles } from './useFileDrop';

/** Which import dialog is showing. */
export type ImportDialog = 'none' | 'paths' | 'report';

/** How far a cancelled import had got, to say so in its report. */
export interface StoppedAt {
  /** The run the numbers belong to (the report shown may be an older one). */
  readonly runId: number;
  readonly done: number;
  readonly total: number;
}

/** The import workflow: choosing what to import, running it, following it, and its report. */
export interface ImportFlow {
  /** An import is running. */
  readonly busy: boolean;
  readonly dialog: ImportDialog;
  /** The running import's latest progress; null before its first file is read, or when none runs. */
  readonly progress: ImportProgressEvent | null;
  /** The user asked to cancel; the import stops after the file in hand. */
  readonly cancelling: boolean;
  /** The paths the running (or last) import was given, to say where it reads from. */
  readonly paths: readonly string[];
  /** The report shown in the report dialog (the latest run's). */
  readonly report: ImportReport | null;
  /** Where the last import of this session was cancelled, for its report. */
  readonly stoppedAt: StoppedAt | null;
  /** Some import has run in this library, so "Last import" has something to show. */
  readonly hasLastReport: boolean;
  /**
   * The Import button and File → Import…: the import dialog, in both hosts (on the desktop it
   * opens the system's picker over itself, for the paths; the dialog asks for the rest).
   */
  start(): void;
  /**
   * Files dropped on the window: the import dialog opens with them listed (no picker), and the
   * import waits for its details and Import, as after the picker.
   */
  drop(dropped: DroppedFiles): void;
  /**
   * The latest drop, for the import dialog to list; `id` tells one drop from the next, and
   * `adds` says the dialog was already open, so the dropped paths join what it lists.
   */
  readonly dropped: (DroppedFiles & { readonly id: number; readonly adds: boolean }) | null;
  /**
   * Imports these paths (from the import dialog); `defaults` give the
   * outlet and language of articles whose files name none, and every article's collection.
   */
  importPaths(paths: readonly string[], defaults?: ImportDefaults): void;
  /** Table files waiting for the user to confirm their columns before the import runs. */
  readonly tables: {
    readonly paths: readonly string[];
    readonly tables: readonly TableFile[];
    readonly more: boolean;
    readonly defaults?: ImportDefaults;
  } | null;
  /** Runs the waiting import with the mappings the user confirmed. */
  confirmTables(mappings: Record<string, ColumnMapping>): void;
  /** Drops the waiting import. */
  cancelTables(): void;
  /** Asks the running import to stop; what it imported so far stays in the library. */
  cancel(): void;
  /** Opens the report of the latest import, fetched afresh. */
  showLastReport(): void;
  closeDialog(): void;
  /**
   * The import whose articles the library list shows instead of the whole library ("Show these
   * articles" in its report); null for the whole library.
   */
  readonly shown: ImportReport | null;
  /** Closes the report and has the library list show only the articles its import wrote. */
  showImported(): void;
  /** Back to the whole library. */
  leaveImported(): void;
}

/**
 * How often a running import may make the library list reload: articles commit every second or
 * so, and reloading the list at that pace would make it flicker under the user's pointer.
 */
const GROW_EVERY_MS = 2000;

/**
 * Runs imports the same way whatever started them (button, menu, drop), follows their progress
 * (`import:progress` events) and can cancel them (`import:cancel`). After each import the report
 * opens and `onImported` tells the app to reload what the library shows; while one runs,
 * `onLibraryGrew` says (at most every {@link GROW_EVERY_MS}) that more articles were committed,
 * so the library list can show them as they arrive.
 *
 * NB: `_canPickFiles` is no longer read: the import dialog asks the host for its picker itself,
 * so every import made by choosing files goes through the dialog's details step.
 */
export function useImportFlow(_canPickFiles: boolean, onImported: () => void, onLibraryGrew?: () => void): ImportFlow {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<ImportDialog>('none');
  const [progress, setProgress] = useState<ImportProgressEvent | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [paths, setPaths] = useState<readonly string[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [stoppedAt, setStoppedAt] = useState<StoppedAt | null>(null);
  const [hasLastReport, setHasLastReport] = useState(false);
  const [shown, setShown] = useState<ImportReport | null>(null);
  // The latest progress outside React's batching, read when the import settles.
  const progressRef = useRef<ImportProgressEvent | null>(null);
  // Articles the library had gained when `onLibraryGrew` was last called, and when.
  const grewRef = useRef({ added: 0, at: 0 });

  useEffect(() => {
    let current = true;
    call('import:latestReport', {}).then(
      (latest) => {
        if (current && latest) setHasLastReport(true);
      },
      // Only the "Last import" button depends on this; a failure here is not worth a toast.
      () => {}
    );
    return () => {
      current = false;
    };
  }, []);

  // Listen only while our own import runs: in browser mode every open page gets every event,
  // and an event arriving after the report must not bring the progress back.
  useEffect(() => {
    if (!busy) return;
    grewRef.current = { added: 0, at: Date.now() };
    return onEvent('import:progress', (event) => {
      progressRef.current = event;
      setProgress(event);
      const grew = grewRef.current;
      const added = addedToLibrary(event);
      if (onLibraryGrew && added > grew.added && Date.now() - grew.at >= GROW_EVERY_MS) {
        grewRef.current = { added, at: Date.now() };
        onLibraryGrew();
      }
    });
  }, [busy, onLibraryGrew]);

  // A watched folder imported in the background: say what came in (the query layer reloads what
  // the window shows, from the same event).
  useEffect(
    () =>
      onEvent('library:changed', (event) => {
        if (event.reason === 'watched-folder' && articlesWritten(event.report) > 0) {
          const { report } = event;
          const added = addedToLibrary(report);
          toast.showMessage(
            `From a watched folder: ${plural(added, 'new article')}${report.updated > 0 ? `, ${plural(report.updated, 'changed article')} updated` : ''}.`
          );
        }
      }),
    [toast]
  );

  const [tables, setTables] = useState<ImportFlow['tables']>(null);

  const runImport = useCallback(
    (next: readonly string[], mappings?: Record<string, ColumnMapping>, defaults?: ImportDefaults) => {
      if (busy || next.length === 0) return;
      setBusy(true);
      setPaths(next);
      setProgress(null);
      setCancelling(false);
      progressRef.current = null;
      call('import:paths', { paths: [...next], ...(mappings ? { mappings } : {}), ...(defaults ? { defaults } : {}) })
        .then((result) => {
          const last = progressRef.current;
          setStoppedAt(
            result.status === 'cancelled' && last ? { runId: result.runId, done: last.done, total: last.total } : null
          );
          // NB: in the same render as the report: the Import button is enabled again before the
          // Import dialog closes, so the focus it gives back lands there (review 17, #5: a disabled
          // button took no focus, and the report, opened over the page's body, gave it back to nothing).
          setBusy(false);
          setReport(result);
          setHasLastReport(true);
          setDialog('report');
          onImported();
        }, toast.showError)
        .finally(() => {
          setBusy(false);
          setProgress(null);
          setCancelling(false);
        });
    },
    [busy, onImported, toast]
  );

  // Table files (spreadsheet exports) get a "confirm the columns" step first.
  const importPaths = useCallback(
    (next: readonly string[], defaults?: ImportDefaults) => {
      if (busy || next.length === 0) return;
      call('import:tables', { paths: [...next] }).then(
        (found) => {
          if (found.tables.some((t) => t.problem === null))
            setTables({ paths: next, tables: found.tables, more: found.more, ...(defaults ? { defaults } : {}) });
          else runImport(next, undefined, defaults);
        },
        // The preview is a convenience: if it fails, import with the detected columns.
        () => runImport(next, undefined, defaults)
      );
    },
    [busy, runImport]
  );

  const confirmTables = useCallback(
    (mappings: Record<string, ColumnMapping>) => {
      const waiting = tables;
      setTables(null);
      if (waiting) runImport(waiting.paths, mappings, waiting.defaults);
    },
    [tables, runImport]
  );
  const cancelTables = useCallback(() => setTables(null), []);

  const cancel = useCallback(() => {
    if (!busy || cancelling) return;
    setCancelling(true);
    call('import:cancel', {}).then(
      // Not cancelled: the import had just finished, and its report is on its way.
      () => {},
      (error: unknown) => {
        setCancelling(false);
        toast.showError(error);
      }
    );
  }, [busy, cancelling, toast]);

  const [dropped, setDropped] = useState<ImportFlow['dropped']>(null);
  const start = useCallback(() => {
    if (busy) return;
    setDropped(null);
    setDialog('paths');
  }, [busy]);

  const drop = useCallback(
    (files: DroppedFiles) => {
      if (busy) {
        toast.showMessage('An import is running. Drop the files again once it has finished.');
        return;
      }
      setDropped((last) => ({ ...files, id: (last?.id ?? 0) + 1, adds: dialog === 'paths' }));
      setDialog('paths');
    },
    [busy, dialog, toast]
  );

  const showLastReport = useCallback(() => {
    call('import:latestReport', {}).then((latest) => {
      if (!latest) {
        toast.showMessage('No import has run in this library yet.');
        return;
      }
      setReport(latest);
      setDialog('report');
    }, toast.showError);
  }, [toast]);

  const closeDialog = useCallback(() => setDialog('none'), []);
  const showImported = useCallback(() => {
    setShown(report);
    setDialog('none');
  }, [report]);
  const leaveImported = useCallback(() => setShown(null), []);

  return {
    busy,
    dialog,
    progress,
    cancelling,
    paths,
    report,
    stoppedAt,
    hasLastReport,
    start,
    drop,
    dropped,
    importPaths,
    tables,
    confirmTables,
    cancelTables,
    cancel,
    showLastReport,
    closeDialog,
    shown,
    showImported,
    leaveImported
  };
}
