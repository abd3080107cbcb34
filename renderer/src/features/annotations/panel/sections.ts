import type { AnnotationCounts, AnnotationFilter, ColourMeaning } from '@shared/contract/annotationSchemas';
import { colourLabel } from '../highlight/highlightContext';

/** How the notes panel groups its entries. */
export type GroupBy = 'article' | 'story' | 'colour';

/**
 * One group of the panel: its entries are `annotations:list` over `filter`, loaded page by page,
 * so a group of 10,000 costs only the rows on screen. `label` null: no heading (one flat list).
 */
export interface Section {
  readonly key: string;
  readonly label: string | null;
  readonly colour: number | null;
  readonly filter: AnnotationFilter;
  readonly count: number;
}

/** A row of the panel's virtual list: a group's heading, or entry `index` of section `section`. */
export type PanelRow =
  | { readonly type: 'heading'; readonly section: number }
  | { readonly type: 'entry'; readonly section: number; readonly index: number };

const NOTE_KINDS = ['article-note', 'story-note', 'passage-note'] as const;

/** Groups by colour: one per colour in use (colour 1 first), then notes without a colour. */
export function colourSections(base: AnnotationFilter, counts: AnnotationCounts, colours: readonly ColourMeaning[]): Section[] {
  const sections: Section[] = [];
  let coloured = 0;
  for (let colour = 1; colour <= 6; colour++) {
    const count = counts.byColour[String(colour)] ?? 0;
    coloured += count;
    if (count > 0 && !(base.colours && !base.colours.includes(colour)))
      sections.push({
        key: `c${colour}`,
        label: colourLabel(colours, colour),
        colour,
        filter: { ...base, colours: [colour] },
        count
      });
  }
  const rest = counts.total - coloured;
  // NB: the filter cannot ask for "no colour"; notes are made without one, so the notes' kinds stand for it.
  if (rest > 0 && !base.colours)
    sections.push({
      key: 'none',
      label: 'Notes without a colour',
      colour: null,
      filter: { ...base, kinds: [...NOTE_KINDS] },
      count: rest
    });
  return sections;
}

/** Lays the sections out as rows: a heading (when the section has a label) then its entries. */
export function panelRows(sections: readonly Section[]): PanelRow[] {
  const rows: PanelRow[] = [];
  sections.forEach((section, s) => {
    if (section.label !== null) rows.push({ type: 'heading', section: s });
    for (let index = 0; index < section.count; index++) rows.push({ type: 'entry', section: s, index });
  });
  return rows;
}
