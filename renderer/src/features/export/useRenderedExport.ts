import { useEffect, useState } from 'react';
import { messageOf } from '../../lib/errors';
import { startExport, type ExportInput, type RenderedExport } from './exportJob';

/** The latest answer of {@link useRenderedExport}. */
export interface RenderedState {
  /** The file for the current input, or for the previous one while the new one renders. */
  readonly rendered: RenderedExport | null;
  /** Why the current input could not be rendered, as a sentence; null when it was. */
  readonly error: string | null;
  /** True while the current input renders. */
  readonly loading: boolean;
}

/**
 * Renders `input` for the live preview, `delayMs` after it last changed (options clicked in a
 * row make one export, not five). A superseded render is cancelled in the engine and its answer
 * dropped, so an old preview never replaces a newer one. `null`: nothing to render.
 */
export function useRenderedExport(input: ExportInput | null, delayMs = 200): RenderedState {
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<{
    key: string | null;
    settled: string | null;
    rendered: RenderedExport | null;
    error: string | null;
  }>({ key: null, settled: null, rendered: null, error: null });

  useEffect(() => {
    if (key === null) return;
    let current = true;
    let job: ReturnType<typeof startExport> | null = null;
    let finished = false;
    const timer = window.setTimeout(() => {
      job = startExport(JSON.parse(key) as ExportInput);
      job.done.then(
        (rendered) => {
          finished = true;
          if (current) setState({ key, settled: key, rendered, error: null });
        },
        (error: unknown) => {
          finished = true;
          if (current) setState((previous) => ({ ...previous, settled: key, error: messageOf(error) }));
        }
      );
    }, delayMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
      if (!finished) job?.cancel();
    };
  }, [key, delayMs]);

  if (key === null) return { rendered: null, error: null, loading: false };
  const settled = state.settled === key;
  return { rendered: state.rendered, error: settled ? state.error : null, loading: !settled };
}
