import { useEffect, useEffectEvent } from 'react';
import type { EventPayload } from '@shared/contract/channels';
import { onEvent } from '../lib/api';

type MenuCommand = EventPayload<'menu:command'>;

/**
 * Runs the desktop menu's commands (File → Import…) exactly as the UI's own buttons do, and File →
 * Open Recent's libraries with `openLibrary`. Browser mode has no menu, so nothing arrives there.
 */
export function useMenuCommands(handlers: Record<MenuCommand, () => void>, openLibrary: (path: string) => void): void {
  const run = useEffectEvent((command: MenuCommand) => handlers[command]());
  const open = useEffectEvent((path: string) => openLibrary(path));
  useEffect(() => onEvent('menu:command', (command) => run(command)), []);
  useEffect(() => onEvent('menu:openLibrary', ({ path }) => open(path)), []);
}
