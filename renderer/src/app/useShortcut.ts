import { useEffect, useEffectEvent } from 'react';
import { hasPrimaryModifier } from '../lib/platform';

/**
 * Runs `action` when the platform's primary modifier plus `key` is pressed anywhere in the window
 * (Ctrl+K, or ⌘K on macOS). Open modal dialogs stop key events before they reach the window.
 */
export function useShortcut(key: string, action: () => void): void {
  const run = useEffectEvent(action);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!hasPrimaryModifier(event) || event.altKey || event.shiftKey || event.key.toLowerCase() !== key) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key]);
}
