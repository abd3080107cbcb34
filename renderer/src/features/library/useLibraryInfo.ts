import type { LibraryInfo } from '@shared/contract/schemas';
import { useQuery } from '../../lib/query/useQuery';

/** The library's facts (size, host mode, whether a native picker exists), kept current by the query layer. */
export function useLibraryInfo(): LibraryInfo | undefined {
  return useQuery('library:info', {}).value;
}
