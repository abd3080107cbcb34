import { createHandlers } from '../library/handlers';
import { type CliEngine, type OpenCliEngineOptions, openLibraryEngine } from './libraryEngine';

export { ChannelFailure, checkInput } from './callChannel';
export type { CliEngine, OpenCliEngineOptions } from './libraryEngine';

/**
 * Opens the library named by `--db` (or the app's) and serves every channel's handler over it in
 * this process ({@link openLibraryEngine}).
 */
export function openCliEngine(values: { db?: string | boolean | undefined }, options: OpenCliEngineOptions = {}): CliEngine {
  return openLibraryEngine(values, (library, host) => createHandlers(library, host), options);
}
