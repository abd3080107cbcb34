import type { ReportSectionKey } from '@shared/import/reportSections';
import { STILL_UNREADABLE } from '@shared/import/stillUnreadable';

/**
 * A heading and a one-line explanation per section of the report (their order and folding:
 * shared/import/reportSections.ts).
 */
export const SECTION_TEXT: Record<ReportSectionKey, { title: string; explanation: string }> = {
  updated: {
    title: 'Updated',
    explanation: 'Changed since they were last imported: their articles updated in place. Check what it did to your highlights.'
  },
  failed: { title: 'Failed', explanation: 'Could not be read, or held no article text.' },
  warning: { title: 'Imported with warnings', explanation: 'Imported, but check these.' },
  'near-duplicate': {
    title: 'Near-duplicates',
    explanation: 'Imported and linked with an article of nearly the same text: one is an edited version of the other, which the import cannot tell.'
  },
  duplicate: {
    title: 'Duplicates',
    explanation:
      'The same text as an article from another file, or twice in this import. Not imported again; what a copy says that the article lacked (outlet, date, URL…) is filled in.'
  },
  skipped: { title: 'Skipped', explanation: 'Not article files, or in a format Crosscheck does not read.' },
  'as-before': {
    title: 'As before',
    explanation: 'Duplicates, warnings and skips reported at an earlier import too, for files not changed since.'
  },
  [STILL_UNREADABLE]: {
    title: 'Still unreadable',
    explanation: 'Failed at the last import and not changed since: not read again. Change or replace the file to try again.'
  },
  unchanged: { title: 'Unchanged', explanation: 'Imported before from the same file and not changed since. Nothing to do.' }
};
