import type { Handlers } from '../../../shared/contract/dispatch';
import type { ReadableDb } from '../db/connection';
import { renderExport } from './exportReport';

type ExportChannel = Extract<keyof Handlers, `export:${string}`>;

/**
 * The handlers of the `export:*` channels. The desktop app, browser mode and `crosscheck export`
 * call these through `dispatch`, so a scope or format is checked the same way everywhere.
 */
export function exportHandlers(db: ReadableDb, now: () => Date = () => new Date()): Pick<Handlers, ExportChannel> {
  return {
    'export:render': (input) => renderExport(db, input, now())
  };
}
