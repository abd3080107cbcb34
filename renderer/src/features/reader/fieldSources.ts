import type { FieldSource, FieldSources } from '@shared/contract/schemas';

/** Ways a field's value came to be, in the words "Edit details" shows under the field. */
const NOTES: Record<FieldSource, string> = {
  metadata: "from the file's publication details",
  text: 'found in the text',
  file: "from the file's properties",
  detected: 'detected from the text',
  import: 'set for the whole import',
  copy: 'from another copy',
  edited: 'corrected by you'
};

/**
 * Where a field's value came from, as a phrase for a person; `undefined` when it is not known
 * (articles imported before sources were kept, or an empty field).
 *
 * NB: a date from the file's properties is the day the file was saved, and says so: it is the
 * one source a user must not take for a publication date.
 *
 * A field filled from a duplicate (source `copy`) names that file, `copiedFrom` being its source
 * path (`/news/lohan-1.html`, `a.zip#news/story.txt`): the name after the last folder is enough to
 * find it beside the article's own file.
 *
 * @example sourceNote('publishedAt', 'file') // "from the file's properties (the day it was saved, not necessarily published)"
 * @example sourceNote('outlet', 'copy', '/news/lohan-1.html') // "from another copy: lohan-1.html"
 */
export function sourceNote(field: keyof FieldSources, source: FieldSource | undefined, copiedFrom?: string): string | undefined {
  if (source === undefined) return undefined;
  if (source === 'copy' && copiedFrom !== undefined) return `${NOTES.copy}: ${copiedFrom.split(/[\\/]/).pop()}`;
  if (source === 'file' && field === 'publishedAt')
    return "from the file's properties (the day it was saved, not necessarily published)";
  if (source === 'file' && field === 'title') return "from the file's properties or name";
  // The one place the text gives an address: a `Source-URL: http://…` line above the headline.
  if (source === 'text' && field === 'url') return "from the file's header line";
  return NOTES[source];
}
