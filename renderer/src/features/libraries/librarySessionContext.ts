import { createContext, useContext } from 'react';

/** What the window does once the desktop host opened another library. */
export interface LibrarySessionApi {
  /**
   * The window now shows another library: everything holding the old one's data (the query
   * cache, undo history, open comparison and reader, picks) starts again, empty.
   */
  readonly switched: () => void;
}

/** Provided by {@link import('./LibrarySession').LibrarySession}; the default does nothing (a component in isolation). */
export const LibrarySessionContext = createContext<LibrarySessionApi>({ switched: () => undefined });

/** The nearest library session. */
export function useLibrarySession(): LibrarySessionApi {
  return useContext(LibrarySessionContext);
}
