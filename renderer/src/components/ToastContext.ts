import { createContext } from 'react';

/** What a component can do with toasts. */
export interface ToastApi {
  /** Shows a failure: an ApiError's message, or a generic sentence. */
  showError: (error: unknown) => void;
  /**
   * Shows a short neutral message. A `topic` names what it is about, so {@link ToastApi.dismissTopic}
   * can take it away once it no longer applies (a refused comparison, when one starts).
   */
  showMessage: (message: string, topic?: string) => void;
  /** Dismisses the messages shown with this topic, if any are still up. */
  dismissTopic: (topic: string) => void;
}

/** Provided by {@link ToastProvider}; the default just logs, so components work in isolation. */
export const ToastContext = createContext<ToastApi>({
  showError: (error) => console.error(error),
  showMessage: (message) => console.info(message),
  dismissTopic: () => undefined
});
