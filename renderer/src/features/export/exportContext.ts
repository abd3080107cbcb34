import { createContext, useContext } from 'react';
import type { ExportRequest } from './exportRequest';

/** Opens the Export dialog with a scope filled in. */
export type OpenExport = (request: ExportRequest) => void;

/** Set by {@link ExportProvider}; every Export entry point reaches the one dialog through it. */
export const ExportContext = createContext<OpenExport | null>(null);

/**
 * The function that opens the Export dialog. Outside an {@link ExportProvider} (a component
 * rendered alone in a test) it does nothing.
 */
export function useOpenExport(): OpenExport {
  return useContext(ExportContext) ?? noop;
}

function noop(): void {}
