import type { ChannelInput, ChannelOutput } from '@shared/contract/channels';
import { ApiError, call, invoke } from '../../lib/api';

/** What `export:render` answers: the file (text, or base64 for PDF and Word), its name and type. */
export type RenderedExport = ChannelOutput<'export:render'>;
/** `export:render`'s input without the job id, which {@link startExport} makes. */
export type ExportInput = Omit<ChannelInput<'export:render'>, 'jobId'>;

/** A running export: its id (for `export:progress` events), its answer, and a way to stop it. */
export interface ExportJob {
  readonly jobId: string;
  readonly done: Promise<RenderedExport>;
  /** Asks the engine to stop; `done` fails at once with the `cancelled` error. Safe to call twice. */
  cancel(): void;
}

/** A job id no other export of this window has. */
function newJobId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `export-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Starts `export:render` with a job id of its own, so the engine reports its progress and can stop
 * it. The preview and the Save button both go through here.
 */
export function startExport(input: ExportInput): ExportJob {
  const jobId = newJobId();
  let cancelled = false;
  let stop: (error: ApiError) => void = () => {};
  // NB: the engine may finish (or not have started) when the cancel reaches it; the answer must
  // still be dropped, so that a cancelled export is never saved.
  const stopped = new Promise<never>((_, reject) => {
    stop = reject;
  });
  return {
    jobId,
    done: Promise.race([call('export:render', { ...input, jobId }), stopped]),
    cancel: () => {
      if (cancelled) return;
      cancelled = true;
      stop(new ApiError({ code: 'cancelled', message: 'The export was cancelled. Nothing was saved.' }));
      // Fire and forget: an export that has just finished has nothing left to stop.
      void invoke('export:cancel', { jobId });
    }
  };
}
