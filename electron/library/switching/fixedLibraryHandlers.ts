import type { Handlers } from '@shared/contract/dispatch';
import { AppFailure } from '@shared/contract/result';

type ChoiceChannel = 'library:recent' | 'library:open' | 'library:create' | 'library:forgetRecent' | 'library:clearRecent';

/**
 * Why a host bound to one library cannot switch to another: browser mode serves the `--db` it was
 * started with to every tab, and a CLI command works on its `--db`. The UI shows this sentence in
 * place of the Switch library… control (docs/ui.md, "Libraries").
 */
export function fixedLibraryReason(mode: 'desktop' | 'browser' | 'cli'): string {
  if (mode === 'browser')
    return 'Switching libraries is not offered in browser mode: crosscheck serve stays on the library it was started with (--db). To work in another library, start crosscheck serve again with --db naming its file, or open it in the desktop app (File → Open Library…).';
  if (mode === 'cli') return 'A crosscheck command works on the library named with --db: name another file there.';
  return 'The desktop window switches libraries itself (File → Open Library…).';
}

/**
 * The library-choice channels as the engine answers them: the list is empty with the reason, and
 * every switch is refused with it (code `unavailable`). The desktop host answers these channels
 * before they reach the engine (libraryHost.ts), so only a host bound to one library gets these.
 */
export function fixedLibraryHandlers(mode: 'desktop' | 'browser' | 'cli'): Pick<Handlers, ChoiceChannel> {
  const reason = fixedLibraryReason(mode);
  const refuse = () => {
    throw new AppFailure('unavailable', reason);
  };
  return {
    'library:recent': () => ({ recent: [], unavailable: reason }),
    'library:open': refuse,
    'library:create': refuse,
    'library:forgetRecent': refuse,
    'library:clearRecent': refuse
  };
}
