import { createContext } from 'react';

/** What a component can do with toasts. */
export interface ToastApi {
  /** Shows a failure: an ApiError's message, or a generic sentence. */
  showError: (error: unknown) => void;
  /** Shows a short neutral message. */
  showMessage: (message: string) => void;
}

/** Provided by {@link ToastProvider}; the default just logs, so components work in isolation. */
export const ToastContext = createContext<ToastApi>({
  showError: (error) => console.error(error),
  showMessage: (message) => console.info(message)
});
