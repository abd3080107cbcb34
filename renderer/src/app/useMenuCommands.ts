import { useEffect, useEffectEvent } from 'react';
import type { EventPayload } from '@shared/contract/channels';
import { onEvent } from '../lib/api';

type MenuCommand = EventPayload<'menu:command'>;

/**
 * Runs the desktop menu's commands (File → Import…) exactly as the UI's own buttons do.
 * Browser mode has no menu, so nothing arrives there.
 */
export function useMenuCommands(handlers: Record<MenuCommand, () => void>): void {
  const run = useEffectEvent((command: MenuCommand) => handlers[command]());
  useEffect(() => onEvent('menu:command', (command) => run(command)), []);
}
