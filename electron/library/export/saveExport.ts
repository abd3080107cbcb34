import path from 'node:path';
import type { ChannelParsedInput } from '@shared/contract/channels';
import { AppFailure } from '@shared/contract/result';
import { writeFileAtomic } from './writeAtomic';

/**
 * The desktop host's Save dialog: the path chosen for a suggested file name, or null when
 * cancelled. `purpose` titles the dialog (an export when left out).
 */
export type PickSavePath = (suggestedName: string, purpose?: 'export' | 'backup') => Promise<string | null>;

/**
 * `dialog:saveExport`: asks the host's native Save dialog where to put an export the UI has
 * rendered, then writes it there atomically (temporary file, fsync, rename). The dialog itself
 * asks before replacing a file, so a confirmed name is replaced — but never `libraryFile`, its
 * side files or backups, nor any SQLite database (the dialog's "Replace?" does not say what the
 * file is). Browser mode has no dialog: its exports are downloads, and a page never names a path
 * to write to.
 */
export async function saveExport(
  pickSavePath: PickSavePath | undefined,
  input: ChannelParsedInput<'dialog:saveExport'>,
  libraryFile: string
): Promise<{ path: string | null }> {
  if (!pickSavePath)
    throw new AppFailure(
      'unavailable',
      'Saving to a folder you choose works in the desktop app; here, exports come back as downloads.'
    );
  // Only a name is suggested, never a folder the page chose.
  const target = await pickSavePath(path.basename(input.fileName.replaceAll('\\', '/')) || 'Crosscheck report');
  if (target === null) return { path: null };
  writeFileAtomic(target, input.encoding === 'base64' ? Buffer.from(input.content, 'base64') : input.content, {
    force: true,
    libraryFile
  });
  return { path: target };
}
