import { useEffect, useEffectEvent, useState } from 'react';
import { useToast } from '../components/useToast';

/** The latest result of {@link useAsync}. */
export interface AsyncResult<T> {
  /** The value loaded for the current key, or for the previous key while the new one loads. */
  readonly value: T | undefined;
  /** True while the value for the current key is on its way. */
  readonly loading: boolean;
  /** The key `value` belongs to (stale while loading). */
  readonly valueKey: string | null;
}

/**
 * Loads a value for `key` whenever the key changes (`null` means "nothing to load"). Answers to
 * superseded keys are dropped, so a slow old request never overwrites a newer one; failures
 * become a toast and the previous value stays on screen.
 *
 * @example const { value } = useAsync(id === null ? null : `article:${id}`, () => call('articles:get', { id }));
 */
export function useAsync<T>(key: string | null, load: () => Promise<T>): AsyncResult<T> {
  const toast = useToast();
  const [state, setState] = useState<{ key: string | null; settledKey: string | null; value: T | undefined }>({
    key: null,
    settledKey: null,
    value: undefined
  });
  const run = useEffectEvent(load);
  const fail = useEffectEvent((error: unknown) => toast.showError(error));

  useEffect(() => {
    if (key === null) return;
    let current = true;
    run().then(
      (value) => {
        if (current) setState({ key, settledKey: key, value });
      },
      (error: unknown) => {
        if (!current) return;
        fail(error);
        setState((previous) => ({ ...previous, settledKey: key }));
      }
    );
    return () => {
      current = false;
    };
  }, [key]);

  if (key === null) return { value: undefined, loading: false, valueKey: null };
  return { value: state.value, loading: state.settledKey !== key, valueKey: state.key };
}
