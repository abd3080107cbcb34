import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { messageOf } from '../lib/errors';
import { Button } from './Button';
import { Icon } from './Icon';
import { ToastContext, type ToastApi } from './ToastContext';
import './Toasts.css';

interface Toast {
  readonly id: number;
  readonly tone: 'error' | 'info';
  readonly message: string;
  readonly topic?: string;
}

// Long enough to read two lines; errors stay until dismissed while the pointer rests on them.
const DISMISS_AFTER_MS = 9000;
const MAX_VISIBLE = 4;

/**
 * Shows errors and notices as toasts in the bottom-right corner. Failures of engine calls land
 * here instead of breaking the view that made them.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const push = useCallback((tone: Toast['tone'], message: string, topic?: string) => {
    setToasts((current) => {
      // The same failure repeating (every page of a scroll failing) is shown once.
      if (current.some((t) => t.message === message)) return current;
      return [...current, { id: nextId.current++, tone, message, topic }].slice(-MAX_VISIBLE);
    });
  }, []);

  const api = useMemo<ToastApi>(
    () => ({
      showError: (error) => {
        console.error(error);
        push('error', messageOf(error));
      },
      showMessage: (message, topic) => push('info', message, topic),
      dismissTopic: (topic) =>
        setToasts((current) => (current.some((t) => t.topic === topic) ? current.filter((t) => t.topic !== topic) : current))
    }),
    [push]
  );

  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((t) => t.id !== id)), []);

  return (
    <ToastContext value={api}>
      {children}
      <div className="toasts" aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </div>
    </ToastContext>
  );
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = window.setTimeout(() => onDismiss(toast.id), DISMISS_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [paused, toast.id, onDismiss]);

  return (
    <div
      className={`toast toast--${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      data-testid="toast"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
    >
      <Icon name={toast.tone === 'error' ? 'alert' : 'info'} className="toast__icon" />
      <p className="toast__message">{toast.message}</p>
      <Button variant="ghost" size="sm" icon="close" aria-label="Dismiss" onClick={() => onDismiss(toast.id)} />
    </div>
  );
}
