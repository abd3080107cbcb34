import type { FieldSource, FieldSources } from '@shared/contract/schemas';

/** Ways a field's value came to be, in the words "Edit details" shows under the field. */
const NOTES: Record<FieldSource, string> = {
  metadata: "from the file's publication details",
  text: 'found in the text',
  file: "from the file's properties",
  detected: 'detected from the text',
  import: 'set for the whole import',
  edited: 'corrected by you'
};

/**
 * Where a field's value came from, as a phrase for a person; `undefined` when it is not known
 * (articles imported before sources were kept, or an empty field).
 *
 * NB: a date from the file's properties is the day the file was saved, and says so: it is the
 * one source a user must not take for a publication date.
 *
 * @example sourceNote('publishedAt', 'file') // "from the file's properties (the day it was saved, not necessarily published)"
 */
export function sourceNote(field: keyof FieldSources, source: FieldSource | undefined): string | undefined {
  if (source === undefined) return undefined;
  if (source === 'file' && field === 'publishedAt')
    return "from the file's properties (the day it was saved, not necessarily published)";
  if (source === 'file' && field === 'title') return "from the file's properties or name";
  // The one place the text gives an address: a `Source-URL: http://…` line above the headline.
  if (source === 'text' && field === 'url') return "from the file's header line";
  return NOTES[source];
}
