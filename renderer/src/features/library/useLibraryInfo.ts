import type { LibraryInfo } from '../../../../shared/contract/schemas';
import { call } from '../../lib/api';
import { useAsync } from '../../lib/useAsync';

/** The library's facts (size, host mode, whether a native picker exists), reloaded with `version`. */
export function useLibraryInfo(version: number): LibraryInfo | undefined {
  return useAsync(`info:${version}`, () => call('library:info', {})).value;
}
