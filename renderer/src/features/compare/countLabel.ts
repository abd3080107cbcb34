import type { AlignedFigure, NumberGroup } from '@shared/compare/numbers/numbersAlign';
import { formatCount } from '../../lib/format';

const IRREGULAR: Record<string, string> = { person: 'people', people: 'people', child: 'children', man: 'men', woman: 'women' };

function pluralNoun(noun: string): string {
  if (IRREGULAR[noun]) return IRREGULAR[noun];
  if (noun.endsWith('s')) return noun;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/**
 * What a group of figures counts, as a heading: the engine's label (`civilian (killed)`, the
 * counted noun and the event) read as words.
 *
 * @example countLabel({ label: 'civilian (killed)', category: 'casualties' }) // 'Civilians killed'
 * @example countLabel({ label: 'person (displaced)', category: 'people' }) // 'People displaced'
 */
export function countLabel(group: Pick<NumberGroup, 'label' | 'category'>): string {
  if (group.category === 'date') return 'Date';
  if (group.category === 'percent') return 'Per cent';
  const match = /^(.*?)(?: \(([^)]+)\))?$/.exec(group.label.trim());
  const noun = match?.[1]?.trim() ?? group.label;
  const event = match?.[2];
  const words = [noun ? pluralNoun(noun) : 'people', event].filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A figure's value as it compares with the others of its group: the qualifier and the number
 * (`more than 140`, `60%`, `270,000–330,000`), or how a vague amount was read (`at least 1000`).
 * Null for dates, whose text already says it.
 *
 * @example figureValue({ value: 140, qualifier: 'more than', vague: false, ... }, 'casualties') // 'more than 140'
 * @example figureValue({ value: 2, vague: false, ... }, 'duration', 'week') // '2 weeks'
 */
export function figureValue(
  figure: Pick<AlignedFigure, 'value' | 'max' | 'vague' | 'qualifier' | 'normalized'>,
  category: NumberGroup['category'],
  unit?: string
): string | null {
  if (category === 'date') return null;
  // A vague amount is compared as the engine read it (`at least 1000`), without what it counts.
  if (figure.vague) return figure.normalized.replace(/ \(.*\)$/, '').replace(/\d+/g, (n) => formatCount(Number(n)));
  const number = figure.max !== undefined ? `${formatCount(figure.value)}–${formatCount(figure.max)}` : formatCount(figure.value);
  const value =
    category === 'percent'
      ? `${number}%`
      : category === 'duration' && unit
        ? `${number} ${figure.value === 1 && figure.max === undefined ? unit : pluralNoun(unit)}`
        : number;
  return figure.qualifier ? `${figure.qualifier} ${value}` : value;
}
