import { WIRE_CREDIT_RULE, creditsUnderCurrentRule } from '@shared/import/creditRule';
import type { ReadableDb, WritableDb } from './db/connection';
import { originalOf } from './articles';
import { correctedColumns } from './corrections';
import { wireCreditsFrom } from './import/formats/metaValues';
import { getSetting, setSetting } from './settings';

/**
 * The setting holding the revision of the credit rule (`WIRE_CREDIT_RULE`) the library's stored
 * wire credits were read by. Absent in a library from before review 15 (revision 1).
 */
export const CREDIT_RULE_KEY = 'import.wireCreditRule';

/** Articles per transaction: small enough that an import waiting to write is never held long. */
const BATCH = 200;

/** The columns the credits are read again from, and the two that tell a row changed meanwhile. */
interface CreditRow {
  id: number;
  wire_credits: string;
  body: string;
  original: string | null;
  original_edits: string | null;
  byline: string | null;
  outlet: string | null;
  source_format: string;
  content_hash: string;
}

/** Formats whose files give no wire credit but through their text: every credit they stored is read again. */
const CREDITS_FROM_TEXT_ONLY = new Set(['txt', 'docx', 'pdf']);

/**
 * Formats whose metadata gives wire credits only through the byline and outlet it names (a table's
 * columns, Markdown front matter), which the library stores: read again while neither was corrected.
 */
const CREDITS_FROM_BYLINE_AND_OUTLET = new Set(['csv', 'tsv', 'json', 'jsonl', 'md']);

/**
 * True when a credit the row stores may have come from its file's metadata in a way the library
 * cannot tell now, so its credits are kept as they are (review 16 #2). A page names its source in
 * fields not stored apart (`original-source`, `dc.source`, its author, JSON-LD), and a corrected
 * byline or outlet no longer says what the file's did; a ZIP entry's format is not recorded.
 * NB: keeping a credit a quote gave is the older library's state; taking one the metadata gave
 * loses what a fresh import of the same file keeps.
 */
function creditsMayBeMetadata(db: ReadableDb, row: CreditRow): boolean {
  if (CREDITS_FROM_TEXT_ONLY.has(row.source_format)) return false;
  if (!CREDITS_FROM_BYLINE_AND_OUTLET.has(row.source_format)) return true;
  const corrected = correctedColumns(db, row.id);
  return corrected.has('byline') || corrected.has('outlet');
}

/**
 * Brings the wire credits a library stored by an older credit rule up to today's, once per
 * library, when a host opens it (the engine, in the background; the CLI, before its command): an
 * unchanged file is never imported again, so without this a BBC report quoting one line from
 * Reuters kept *Wire: Reuters* for good (review 15, #2). Each article's credits are read again
 * from its stored original ({@link creditsUnderCurrentRule}); only the `wire_credits` column is
 * written, so the user's corrections (of title, outlet, byline, date, address, language — wire
 * credits are not a field the user corrects) stay as they are.
 *
 * Only articles with stored credits are read: revision 2 only takes credits away. Only credits
 * their text alone could have given are read again: an HTML page or ZIP entry, or a table row whose
 * byline or outlet the user corrected, keeps its credits (`creditsMayBeMetadata`). Articles
 * imported or re-imported after the pass began were read by today's rule and are skipped
 * (`imported_at`), and a row changed between reading and writing is left as the change wrote it
 * (`content_hash`, `wire_credits`). Runs in batches with the event loop free between them, so a
 * host keeps answering (the first batch runs at once); stopped by `signal` (the engine closing),
 * it starts over next time.
 *
 * NB: not a migration: it needs the live credit rule, and migrations do not import live code.
 *
 * @returns how many articles' credits changed.
 */
export async function rederiveWireCredits(db: WritableDb, signal?: AbortSignal): Promise<number> {
  if (getSetting(db, CREDIT_RULE_KEY) === String(WIRE_CREDIT_RULE)) return 0;
  const began = new Date().toISOString();
  const select = db.prepare(
    `SELECT id, wire_credits, body, original, original_edits, byline, outlet, source_format, content_hash FROM articles
     WHERE wire_credits <> '[]' AND imported_at < ? AND id > ? ORDER BY id LIMIT ?`
  );
  const update = db.prepare('UPDATE articles SET wire_credits = ? WHERE id = ? AND wire_credits = ? AND content_hash = ?');
  let after = 0;
  let changed = 0;
  for (;;) {
    const rows = select.all(began, after, BATCH) as CreditRow[];
    if (rows.length === 0) break;
    const updates: Array<[string, number, string, string]> = [];
    for (const row of rows) {
      if (creditsMayBeMetadata(db, row)) continue;
      const stored = JSON.parse(row.wire_credits) as string[];
      const namedBy = wireCreditsFrom([row.byline ?? undefined, row.outlet ?? undefined]) ?? [];
      const kept = creditsUnderCurrentRule(stored, originalOf(row) ?? row.body, namedBy);
      if (kept.length !== stored.length) updates.push([JSON.stringify(kept), row.id, row.wire_credits, row.content_hash]);
    }
    if (updates.length > 0) {
      db.transaction(() => {
        for (const u of updates) changed += update.run(...u).changes;
      }).immediate();
    }
    after = rows[rows.length - 1]!.id;
    // NB: the first batch and the mark run before the first await: a library with at most one
    // batch to read (a new one, the seeds) is done while its host opens, so the host's first digest
    // of the library (changeDigest.ts) already holds the setting, and the next write by another
    // process is not also said to have changed the settings.
    if (rows.length < BATCH) break;
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) return changed;
  }
  setSetting(db, CREDIT_RULE_KEY, String(WIRE_CREDIT_RULE));
  return changed;
}
