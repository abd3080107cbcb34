import type { ExportSettings } from '@shared/contract/exportSchemas';
import type { ReadableDb, WritableDb } from '../db/connection';
import { durableWrite } from '../annotations/durableWrite';
import { deleteSetting, getSetting, setSetting } from '../settings';

/** The setting holding the name reports say they were made by (optional). */
export const AUTHOR_SETTING = 'export.author';

/** The export settings as stored: the author's name, null when unset or blank. */
export function getExportSettings(db: ReadableDb): ExportSettings {
  return { author: getSetting(db, AUTHOR_SETTING)?.trim() || null };
}

/** Stores the author's name; null or blank removes it. Answers with the settings as stored. */
export function setExportSettings(db: WritableDb, settings: ExportSettings): ExportSettings {
  const author = settings.author?.trim() ?? '';
  durableWrite(db, () => (author ? setSetting(db, AUTHOR_SETTING, author) : deleteSetting(db, AUTHOR_SETTING)));
  return getExportSettings(db);
}
