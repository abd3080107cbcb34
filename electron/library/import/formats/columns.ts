/**
 * Which column of a table (CSV/TSV header, JSON keys) holds which article field. Detected from header
 * names, or given explicitly by the user (the import dialog's confirm step, the CLI's `--map`).
 */

/** The article fields a column can feed. */
export const COLUMN_FIELDS = ['title', 'text', 'date', 'source', 'url', 'author', 'language'] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

/** Column (header name, as spelled in the file) for each field; fields without a column are absent. */
export type ColumnMapping = Partial<Record<ColumnField, string>>;

/** Header synonyms per field (English first, then common French, German, Spanish, Italian, Dutch), compared after {@link normalizeHeader}. */
const SYNONYMS: Record<ColumnField, readonly string[]> = {
  title: ['title', 'headline', 'heading', 'articletitle', 'head', 'hed', 'titre', 'titel', 'titulo', 'título', 'titolo'],
  text: [
    'text',
    'body',
    'content',
    'article',
    'fulltext',
    'story',
    'articletext',
    'articlebody',
    'bodytext',
    'maintext',
    'contenttext',
    'texte',
    'contenu',
    'corps',
    'inhalt',
    'tekst',
    'testo',
    'texto',
    'contenido',
    'cuerpo',
    'artikel'
  ],
  date: [
    'date',
    'published',
    'publicationdate',
    'pubdate',
    'datetime',
    'publishedat',
    'publishdate',
    'datepublished',
    'publishedtime',
    'publisheddate',
    'pubdatetime',
    'timestamp',
    'datum',
    'fecha',
    'datedepublication'
  ],
  source: [
    'source',
    'outlet',
    'publisher',
    'publication',
    'site',
    'media',
    'sitename',
    'sourcename',
    'newspaper',
    'medium',
    'outletname',
    'quelle',
    'fuente',
    'fonte',
    'journal',
    'zeitung'
  ],
  url: ['url', 'link', 'uri', 'permalink', 'articleurl', 'sourceurl', 'href', 'weburl', 'lien', 'enlace'],
  author: ['author', 'byline', 'authors', 'writer', 'creator', 'reporter', 'by', 'auteur', 'autor', 'autore', 'verfasser'],
  language: ['lang', 'language', 'locale', 'languagecode', 'langue', 'sprache', 'idioma', 'lingua']
};

/** Header as compared: lower case, letters and digits only (`Full Text` → `fulltext`, `pub_date` → `pubdate`). */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Guesses the mapping from header names (case-, space- and punctuation-insensitive synonyms; the
 * earliest synonym wins, then the leftmost column). Each column feeds at most one field.
 * @example detectColumnMapping(['Headline', 'Body', 'pub_date']) // { title: 'Headline', text: 'Body', date: 'pub_date' }
 */
export function detectColumnMapping(headers: readonly string[]): ColumnMapping {
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  // Text first: when a header could be two fields, the article body matters most.
  for (const field of ['text', 'title', 'date', 'source', 'url', 'author', 'language'] as const) {
    for (const synonym of SYNONYMS[field]) {
      const index = normalized.findIndex((h, i) => h === synonym && !used.has(i));
      if (index >= 0) {
        mapping[field] = headers[index];
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** Spellings accepted for field names in a `--map` string. */
const FIELD_ALIASES: Record<string, ColumnField> = {
  title: 'title',
  headline: 'title',
  text: 'text',
  body: 'text',
  date: 'date',
  published: 'date',
  publishedat: 'date',
  source: 'source',
  outlet: 'source',
  url: 'url',
  link: 'url',
  author: 'author',
  byline: 'author',
  language: 'language',
  lang: 'language'
};

/** Result of {@link parseMappingSpec}. */
export type MappingSpecResult = { ok: true; mapping: ColumnMapping } | { ok: false; message: string };

/**
 * Parses the CLI's `--map` value: comma-separated `field=column` pairs. Columns may be quoted to hold
 * commas or `=` (`text="Body, full"`). Fields: title, text, date, source, url, author, language.
 * @example parseMappingSpec('title=headline,text=body') // { ok: true, mapping: { title: 'headline', text: 'body' } }
 */
export function parseMappingSpec(spec: string): MappingSpecResult {
  const mapping: ColumnMapping = {};
  const pair = /\s*([^=,\s]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^,]*))\s*(?:,|$)/y;
  let index = 0;
  while (index < spec.length) {
    pair.lastIndex = index;
    const m = pair.exec(spec);
    if (!m || m[0] === '')
      return { ok: false, message: `Cannot read "${spec.slice(index)}": write field=column pairs separated by commas` };
    index = pair.lastIndex;
    const field = FIELD_ALIASES[m[1]!.toLowerCase()];
    const column = (m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (!field) return { ok: false, message: `Unknown field "${m[1]}" — use ${COLUMN_FIELDS.join(', ')}` };
    if (!column) return { ok: false, message: `No column given for ${field}` };
    if (mapping[field] !== undefined) return { ok: false, message: `${field} is mapped twice` };
    mapping[field] = column;
  }
  if (Object.keys(mapping).length === 0)
    return { ok: false, message: 'The mapping is empty: write field=column pairs such as text=body' };
  return { ok: true, mapping };
}

/**
 * Resolves a mapping's column names against the table's headers (exact first, then as normalised),
 * returning the header spelled as in the file.
 * @throws Error naming the first column that is not in the table.
 */
export function resolveMapping(mapping: ColumnMapping, headers: readonly string[]): ColumnMapping {
  const resolved: ColumnMapping = {};
  for (const field of COLUMN_FIELDS) {
    const wanted = mapping[field];
    if (wanted === undefined) continue;
    const found = headers.find((h) => h === wanted) ?? headers.find((h) => normalizeHeader(h) === normalizeHeader(wanted));
    if (found === undefined) throw new Error(`column "${wanted}" (for ${field}) is not in this table`);
    resolved[field] = found;
  }
  return resolved;
}
