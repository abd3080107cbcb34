import { useCallback, useEffect, useState } from 'react';
import type { ImportReport } from '../../../../shared/contract/schemas';
import { call } from '../../lib/api';
import { useToast } from '../../components/useToast';

/** Which import dialog is showing. */
export type ImportDialog = 'none' | 'paths' | 'report';

/** The import workflow: choosing what to import, running it, and its report. */
export interface ImportFlow {
  /** An import is running. */
  readonly busy: boolean;
  readonly dialog: ImportDialog;
  /** The report shown in the report dialog (the latest run's). */
  readonly report: ImportReport | null;
  /** Some import has run in this library, so "Last import" has something to show. */
  readonly hasLastReport: boolean;
  /** The Import button: the native picker on the desktop, the paths dialog in browser mode. */
  start(): void;
  /** Imports these paths (from the paths dialog or a drop on the window). */
  importPaths(paths: readonly string[]): void;
  /** Opens the report of the latest import, fetched afresh. */
  showLastReport(): void;
  closeDialog(): void;
}

/**
 * Runs imports the same way whatever started them (button, menu, drop). After each import the
 * report opens and `onImported` tells the app to reload what the library shows.
 */
export function useImportFlow(canPickFiles: boolean, onImported: () => void): ImportFlow {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<ImportDialog>('none');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [hasLastReport, setHasLastReport] = useState(false);

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

  const importPaths = useCallback(
    (paths: readonly string[]) => {
      if (busy || paths.length === 0) return;
      setBusy(true);
      call('import:paths', { paths: [...paths] })
        .then((result) => {
          setReport(result);
          setHasLastReport(true);
          setDialog('report');
          onImported();
        }, toast.showError)
        .finally(() => setBusy(false));
    },
    [busy, onImported, toast]
  );

  const start = useCallback(() => {
    if (busy) return;
    if (!canPickFiles) {
      setDialog('paths');
      return;
    }
    call('dialog:pickImportPaths', { folders: true }).then((paths) => importPaths(paths), toast.showError);
  }, [busy, canPickFiles, importPaths, toast]);

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

  return { busy, dialog, report, hasLastReport, start, importPaths, showLastReport, closeDialog };
}
