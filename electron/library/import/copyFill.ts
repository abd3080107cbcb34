/**
 * What a duplicate gives the article it repeats (review 14, finding 4): the same text saved as a
 * .txt (no outlet, no date) and as a web page (`og:site_name`, `article:published_time`) is stored
 * once, from whichever file came first; when the .txt came first, the page's outlet, date, URL,
 * byline and language were thrown away with it. Now a duplicate fills the kept article's EMPTY
 * fields from what it says of its publication, each marked as coming from that file (source
 * `copy`, `copiedFrom` in `field_sources`), and the import report says what it filled.
 *
 * Never filled: a field that has a value (whatever its source), or one the user corrected — also a
 * correction that cleared it. One exception: a date from the kept file's properties (a DOCX's or
 * PDF's creation date, source `file`) is the day someone saved it, not a publication date (the
 * library sorts it with the undated articles), so a copy's publication date takes its place.
 *
 * A copy gives only what its file says of the publication (sources `metadata` and `text`): never a
 * date, author or language from document properties (the day someone saved it, who saved it, the
 * editor's setting), never this import's `--outlet`/`--language` default (given for files of this
 * import, and the kept article is not one), never a detected language (the same text detects the
 * same).
 *
 * Near-duplicates fill nothing: their texts differ, and most are one wire story run by several
 * outlets, or a later version of a story; one's outlet, date or URL is not the other's.
 */
import type { CopiedFrom, FieldSource, FieldSources } from '@shared/contract/schemas';
import type { NewArticle } from '../articles';
import { correctedColumns } from '../corrections';
import type { WritableDb } from '../db/connection';
import { prepareCached } from '../db/statements';
import { storedSearchForm } from '../searchForms';

/** A field a copy may fill: every sourced field but the title, which every article has. */
export type FillableField = keyof CopiedFrom;

/** Each fillable field's column, in the order the report names them. */
const COLUMNS = {
  outlet: 'outlet',
  publishedAt: 'published_at',
  url: 'url',
  byline: 'byline',
  language: 'language'
} as const satisfies Record<FillableField, string>;

const FILLABLE = Object.keys(COLUMNS) as FillableField[];

/** How the import report names each field ("filled outlet and date from this copy"). */
const WORDS: Record<FillableField, string> = {
  outlet: 'outlet',
  publishedAt: 'date',
  url: 'URL',
  byline: 'byline',
  language: 'language'
};

/** A copy's sources that say something of the publication (see the module's comment). */
const FROM_PUBLICATION: ReadonlySet<FieldSource> = new Set(['metadata', 'text']);

/**
 * `articles.field_sources` as stored: each field's source, and for the fields filled from a
 * duplicate the source path of that file.
 */
export interface StoredFieldSources extends FieldSources {
  copiedFrom?: CopiedFrom;
}

/** The kept article's columns {@link CopyFills} and {@link keepCopiedFields} read. */
export type KeptRow = Record<(typeof COLUMNS)[FillableField], string | null> & { field_sources: string; wire_credits: string };

/** {@link KeptRow}'s columns, for a caller's SELECT. */
export const KEPT_COLUMNS = 'outlet, published_at, url, byline, language, field_sources, wire_credits';

/** What a duplicate filled of one article, in the order it was met. */
interface Fill {
  readonly values: Map<FillableField, { value: string; source: FieldSource }>;
  readonly from: Map<FillableField, string>;
  /** Wire credits the copies added, in the order met. */
  readonly credits: string[];
}

/** What one duplicate filled, for its line of the report. */
export interface Filled {
  readonly fields: readonly FillableField[];
  /**
   * Wire credits the copy's publication details or text gave that the article lacked (review 16
   * #3): the same text is the same agency's copy whichever file came first.
   */
  readonly credits: readonly string[];
  /** The date it filled took the place of the day the kept file was saved. */
  readonly replacedSavedDate: boolean;
}

/**
 * The fills of one batch (one transaction). Decided as each duplicate is met, so the report can say
 * what it filled and a second copy of the same text fills only what the first left empty; written
 * by {@link CopyFills.write} after the batch's full-text entries: an article stored in this batch
 * is not indexed until then, and a changed outlet re-indexes the article (FTS5 must never be told
 * to delete an entry it was never given: review 13, finding 1).
 */
export class CopyFills {
  private readonly fills = new Map<number, Fill>();

  constructor(private readonly db: WritableDb) {}

  /** Fills what `copy` (a duplicate of article `id`) can of that article's empty fields. */
  offer(id: number, copy: NewArticle, copyPath: string): Filled {
    const row = prepareCached(this.db, `SELECT ${KEPT_COLUMNS} FROM articles WHERE id = ?`).get(id) as KeptRow | undefined;
    if (!row) return { fields: [], credits: [], replacedSavedDate: false };
    const stored = JSON.parse(row.field_sources) as StoredFieldSources;
    const corrected = correctedColumns(this.db, id);
    const fill: Fill = this.fills.get(id) ?? { values: new Map(), from: new Map(), credits: [] };
    const fields: FillableField[] = [];
    let replacedSavedDate = false;
    for (const field of FILLABLE) {
      const column = COLUMNS[field];
      if (corrected.has(column) || fill.values.has(field)) continue;
      const savedDate = field === 'publishedAt' && row.published_at !== null && stored.publishedAt === 'file';
      if (row[column] !== null && !savedDate) continue;
      const value = copy[field];
      const source = copy.sources?.[field];
      if (value === null || value.trim() === '' || source === undefined || !FROM_PUBLICATION.has(source)) continue;
      fill.values.set(field, { value, source });
      fill.from.set(field, copyPath);
      fields.push(field);
      if (savedDate) replacedSavedDate = true;
    }
    // NB: a copy's credits come from its metadata and text only (document properties name none),
    // and the agencies the bylines and outlets it filled name are among them (formats/metaValues.ts).
    const had = new Set([...(JSON.parse(row.wire_credits) as string[]), ...fill.credits]);
    const credits = [...new Set(copy.wireCredits)].filter((name) => !had.has(name));
    fill.credits.push(...credits);
    if (fields.length > 0 || credits.length > 0) this.fills.set(id, fill);
    return { fields, credits, replacedSavedDate };
  }

  /**
   * Drops what was decided for an article this batch then updated from its own file: the copy's
   * text is no longer the article's.
   */
  forget(id: number): void {
    this.fills.delete(id);
  }

  /** Writes every fill, one statement per article; after the batch's articles are indexed. */
  write(): void {
    for (const [id, fill] of this.fills) {
      const row = prepareCached(this.db, 'SELECT field_sources, wire_credits FROM articles WHERE id = ?').get(id) as
        { field_sources: string; wire_credits: string } | undefined;
      if (!row) continue;
      const stored = JSON.parse(row.field_sources) as StoredFieldSources;
      const copiedFrom: CopiedFrom = { ...stored.copiedFrom };
      const sets: string[] = [];
      const params: Array<string | null> = [];
      for (const [field, { value }] of fill.values) {
        // NB: column names come from COLUMNS, never from input.
        sets.push(`${COLUMNS[field]} = ?`);
        params.push(value);
        // The search form in the same statement: the update trigger re-indexes from new.search_outlet.
        if (field === 'outlet') {
          sets.push('search_outlet = ?');
          params.push(storedSearchForm(value));
        }
        stored[field] = 'copy';
        copiedFrom[field] = fill.from.get(field)!;
      }
      if (fill.credits.length > 0) {
        sets.push('wire_credits = ?');
        params.push(JSON.stringify([...new Set([...(JSON.parse(row.wire_credits) as string[]), ...fill.credits])]));
      }
      sets.push('field_sources = ?');
      params.push(JSON.stringify({ ...stored, copiedFrom }));
      this.db.prepare(`UPDATE articles SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
    }
    this.fills.clear();
  }
}

/**
 * The report's words for what a duplicate filled: `filled outlet and date from this copy`,
 * `filled byline and wire credit Reuters from this copy`, or `filled date from this copy, in place
 * of the day the library's file was saved`.
 */
export function filledWords(filled: Filled): string {
  const names: string[] = filled.fields.map((f) => WORDS[f]);
  if (filled.credits.length > 0)
    names.push(`${filled.credits.length === 1 ? 'wire credit' : 'wire credits'} ${filled.credits.join(', ')}`);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  return `filled ${list} from this copy${filled.replacedSavedDate ? ', its date in place of the day the library’s file was saved' : ''}`;
}

/**
 * The fields a duplicate filled, by the file that filled each, for the fields whose source is
 * still `copy` (`sources`: after corrections, as Edit details shows them).
 */
export function copiedFromOf(stored: StoredFieldSources, sources: FieldSources): CopiedFrom {
  const from: CopiedFrom = {};
  for (const field of FILLABLE) {
    const path = stored.copiedFrom?.[field];
    if (sources[field] === 'copy' && path !== undefined) from[field] = path;
  }
  return from;
}

/**
 * A newer import of the kept article's own file, with the values duplicates filled carried over
 * where that file still names none (from its publication details or text): without this, the .txt
 * changed and imported again would empty the outlet its web-page copy gave it.
 */
export function keepCopiedFields(row: KeptRow, a: NewArticle): NewArticle {
  const before = JSON.parse(row.field_sources) as StoredFieldSources;
  const sources: StoredFieldSources = { ...a.sources };
  const copiedFrom: CopiedFrom = {};
  const kept: Partial<Pick<NewArticle, FillableField>> = {};
  for (const field of FILLABLE) {
    const value = row[COLUMNS[field]];
    const path = before.copiedFrom?.[field];
    const now = sources[field];
    if (before[field] !== 'copy' || value === null || path === undefined || (now !== undefined && FROM_PUBLICATION.has(now)))
      continue;
    kept[field] = value;
    sources[field] = 'copy';
    copiedFrom[field] = path;
  }
  if (Object.keys(kept).length === 0) return a;
  return { ...a, ...kept, sources: { ...sources, copiedFrom } };
}
