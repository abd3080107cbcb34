import { ColumnMappingDialog } from '../features/import/ColumnMappingDialog';
import { DropOverlay } from '../features/import/DropOverlay';
import { ImportStatusBar } from '../features/import/ImportProgress';
import { ImportPathsDialog } from '../features/import/ImportPathsDialog';
import { ImportReportDialog } from '../features/import/ImportReportDialog';
import { useFileDrop } from '../features/import/useFileDrop';
import { useWorkspace } from '../features/workspace/workspaceContext';

/**
 * Everything the import flow shows over the window: the status strip while an import runs, the
 * paths, report and column dialogs, and the overlay while files are dragged over the window.
 */
export function ImportLayer() {
  const { imports, openElsewhere, chooseStory, setQuery, selectRow, focusList } = useWorkspace();
  const dragging = useFileDrop(imports.drop);
  return (
    <>
      {imports.busy && imports.dialog !== 'paths' ? (
        <ImportStatusBar progress={imports.progress} cancelling={imports.cancelling} onCancel={imports.cancel} />
      ) : null}
      <ImportPathsDialog
        open={imports.dialog === 'paths'}
        busy={imports.busy}
        progress={imports.progress}
        cancelling={imports.cancelling}
        importingPaths={imports.paths}
        dropped={imports.dropped}
        onSubmit={imports.importPaths}
        onCancelImport={imports.cancel}
        onClose={imports.closeDialog}
      />
      <ImportReportDialog
        open={imports.dialog === 'report'}
        report={imports.report}
        stoppedAt={imports.stoppedAt}
        onClose={imports.closeDialog}
        onOpenArticle={(id) => {
          imports.closeDialog();
          openElsewhere(id, { focusReader: true });
        }}
        onShowArticles={() => {
          // The list stands in for a story or a search's results, so both are let go; the cursor
          // starts on the first of the import's articles, with the focus in the list.
          imports.showImported();
          chooseStory(null);
          setQuery('');
          selectRow(0);
          focusList();
        }}
      />
      {imports.tables ? (
        <ColumnMappingDialog
          tables={imports.tables.tables}
          more={imports.tables.more}
          onConfirm={imports.confirmTables}
          onCancel={imports.cancelTables}
        />
      ) : null}
      {dragging ? <DropOverlay /> : null}
    </>
  );
}
