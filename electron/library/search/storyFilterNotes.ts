import type { ValueFilter } from '@shared/search/types';
import { foldText } from '@shared/text/fold';
import type { ReadableDb } from '../db/connection';

/**
 * Why `story:daraa-2018` finds nothing: a note for each `story:` value that names no story, since
 * an empty list otherwise reads as "no article about it" (review 11). A number is a story's id (what
 * a Story facet adds); words are looked for inside the stories' names, folded, as the filter does.
 * Exclusions (`-story:`) get none: leaving out a story that does not exist changes nothing.
 */
export function storyFilterNotes(db: ReadableDb, filter: ValueFilter): string[] {
  if (filter.include.length === 0) return [];
  const byId = db.prepare('SELECT 1 FROM stories WHERE id = ?').pluck();
  const byName = db.prepare('SELECT 1 FROM stories WHERE instr(crosscheck_fold(label), ?) > 0 LIMIT 1').pluck();
  const notes: string[] = [];
  for (const value of filter.include) {
    const folded = foldText(value);
    if (/^\d+$/.test(folded)) {
      if (byId.get(Number(folded)) === undefined) {
        notes.push(`There is no story ${folded}: story: takes a story's number, as the Story filter adds it, or words of its name.`);
      }
    } else if (byName.get(folded) === undefined) {
      notes.push(`No story's name holds “${value}”: story: takes words of a story's name, like story:"South Syria", or its number.`);
    }
  }
  return notes;
}
