import { useEffect, useState } from 'react';
import type { ExportProgressEvent } from '@shared/contract/exportSchemas';
import { onEvent } from '../../lib/api';
import { plural } from '../../lib/format';

/** The latest `export:progress` of one export (null before the first, or with no job). */
export function useExportProgress(jobId: string | null): ExportProgressEvent | null {
  const [progress, setProgress] = useState<ExportProgressEvent | null>(null);
  useEffect(() => {
    if (jobId === null) return;
    return onEvent('export:progress', (event) => {
      if (event.jobId === jobId) setProgress(event);
    });
  }, [jobId]);
  return progress?.jobId === jobId ? progress : null;
}

/** A progress event in words: what the export is doing, and how far it is. */
export function progressText(progress: ExportProgressEvent | null): string {
  if (!progress) return 'Starting the export…';
  const of = (what: string) => (progress.total > 0 ? `: ${progress.done} of ${plural(progress.total, what)}` : '');
  if (progress.phase === 'gather') return `Reading the library${of('article')}…`;
  if (progress.phase === 'render') return `Writing the file${of('source')}…`;
  return 'Printing the PDF…';
}
