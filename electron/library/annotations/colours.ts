import type { ColourMeaning } from '@shared/contract/annotationSchemas';
import type { ReadableDb, WritableDb } from '../db/connection';
import { getSetting, setSetting } from '../settings';
import { durableWrite } from './durableWrite';

/** What the six highlight colours mean until the user renames them (issue 10). */
export const DEFAULT_COLOURS: readonly ColourMeaning[] = [
  { colour: 1, label: 'Claim' },
  { colour: 2, label: 'Quote' },
  { colour: 3, label: 'Figure' },
  { colour: 4, label: 'Contradiction' },
  { colour: 5, label: 'Follow up' },
  { colour: 6, label: 'Context' }
];

/** The settings key holding the user's names, `{"1":"Claim",…}` (only the renamed ones). */
const KEY = 'annotations.colours';

function storedNames(db: ReadableDb): Record<string, string> {
  const raw = getSetting(db, KEY);
  if (raw === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    // A setting written by hand and broken: the defaults stand until the user renames a colour.
    return {};
  }
}

/** The six colours with what each means: the user's name, else the default. */
export function getColourMeanings(db: ReadableDb): ColourMeaning[] {
  const names = storedNames(db);
  return DEFAULT_COLOURS.map((d) => {
    const name = names[String(d.colour)];
    return { colour: d.colour, label: typeof name === 'string' && name.trim() ? name : d.label };
  });
}

/** Renames the colours given (the others keep their meaning); answers with all six. */
export function setColourMeanings(db: WritableDb, colours: readonly ColourMeaning[]): ColourMeaning[] {
  durableWrite(db, () => {
    const names = storedNames(db);
    for (const c of colours) names[String(c.colour)] = c.label.trim();
    setSetting(db, KEY, JSON.stringify(names));
  });
  return getColourMeanings(db);
}
