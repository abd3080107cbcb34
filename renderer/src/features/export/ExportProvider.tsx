import { useCallback, useState, type ReactNode } from 'react';
import { ExportContext } from './exportContext';
import { ExportDialog } from './ExportDialog';
import type { ExportRequest } from './exportRequest';

/**
 * Holds the Export dialog for the whole window: the reader, the library's picks, a story, the
 * comparison, the search results, the notes panel and the menu open it through
 * {@link useOpenExport} with their scope, without passing callbacks down through every view.
 */
export function ExportProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<{ request: ExportRequest; run: number } | null>(null);
  // Stable, so the views that only hold it do not draw again when the dialog opens or closes.
  const open = useCallback(
    (next: ExportRequest) => setRequest((current) => ({ request: next, run: (current?.run ?? 0) + 1 })),
    []
  );
  return (
    <ExportContext value={open}>
      {children}
      {request ? <ExportDialog key={request.run} request={request.request} onClose={() => setRequest(null)} /> : null}
    </ExportContext>
  );
}
