import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/** Index entries per line of a snapshot: small enough that parsing one never blocks for long. */
const TERMS_PER_LINE = 2000;

/** Lets other work (IPC, a search) run between slices of a long job. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

type Header = Omit<AsPlainObject, 'index'>;
type IndexEntry = AsPlainObject['index'][number];

/**
 * MiniSearch with a snapshot format that can be written and read in slices.
 *
 * `toJSON()` and `loadJSONAsync()` work on the whole index at once: at 100k articles that is
 * about a second of `toJSON` plus a second of `JSON.parse` on a 30 MB string, during which the
 * Electron main process answers nothing. Here a snapshot is MiniSearch's own serialised form
 * (`AsPlainObject`, serialization version 2), written as lines: the header, then the index
 * {@link TERMS_PER_LINE} terms per line. Both directions yield between lines.
 *
 * NB: this reads and writes MiniSearch's protected fields, as a subclass may; the format is the
 * one `toJSON()` produces, so `MiniSearch.loadJSON` reads a snapshot joined back into one object.
 */
export class PersistentMiniSearch<T> extends MiniSearch<T> {
  /**
   * The snapshot, as lines of JSON (no line holds a raw newline: JSON escapes them). Call no
   * `add`/`discard` until it resolves: the terms are listed first, then serialised in slices.
   */
  async serialize(): Promise<string> {
    const header: Header = {
      documentCount: this._documentCount,
      nextId: this._nextId,
      documentIds: Object.fromEntries(this._documentIds),
      fieldIds: this._fieldIds,
      fieldLength: Object.fromEntries(this._fieldLength),
      averageFieldLength: this._avgFieldLength,
      storedFields: Object.fromEntries(this._storedFields),
      dirtCount: this._dirtCount,
      serializationVersion: 2
    };
    const lines = [JSON.stringify(header)];
    const terms = [...this._index.keys()];
    for (let i = 0; i < terms.length; i += TERMS_PER_LINE) {
      await yieldToEventLoop();
      const entries: IndexEntry[] = [];
      for (const term of terms.slice(i, i + TERMS_PER_LINE)) {
        // A search may have dropped a term whose only documents were discarded meanwhile.
        const fieldIndex = this._index.get(term);
        if (!fieldIndex) continue;
        const data: IndexEntry[1] = {};
        for (const [fieldId, freqs] of fieldIndex) data[fieldId] = Object.fromEntries(freqs);
        entries.push([term, data]);
      }
      lines.push(JSON.stringify(entries));
    }
    return lines.join('\n');
  }

  /**
   * Rebuilds an index from {@link serialize}'s output, yielding between lines.
   *
   * @throws when the snapshot is not one (the caller rebuilds the index from the articles).
   */
  static async deserialize<T>(snapshot: string, options: Options<T>): Promise<PersistentMiniSearch<T>> {
    const lines = lineReader(snapshot);
    const header = JSON.parse(lines.next() ?? 'null') as Header | null;
    if (!header || header.serializationVersion !== 2) throw new Error('not a search index snapshot');
    const mini = new PersistentMiniSearch<T>(options);
    mini._documentCount = header.documentCount;
    mini._nextId = header.nextId;
    mini._fieldIds = header.fieldIds;
    mini._avgFieldLength = header.averageFieldLength;
    mini._dirtCount = header.dirtCount ?? 0;
    mini._documentIds = numericMap(header.documentIds);
    mini._fieldLength = numericMap(header.fieldLength);
    mini._storedFields = numericMap(header.storedFields);
    mini._idToShortId = new Map();
    for (const [shortId, id] of mini._documentIds) mini._idToShortId.set(id, shortId);
    for (let line = lines.next(); line !== undefined; line = lines.next()) {
      await yieldToEventLoop();
      for (const [term, data] of JSON.parse(line) as IndexEntry[]) {
        const fieldIndex = new Map<number, Map<number, number>>();
        for (const fieldId of Object.keys(data)) fieldIndex.set(Number(fieldId), numericMap(data[Number(fieldId)] ?? {}));
        mini._index.set(term, fieldIndex);
      }
    }
    return mini;
  }
}

function numericMap<V>(object: Record<string, V>): Map<number, V> {
  const map = new Map<number, V>();
  for (const key of Object.keys(object)) map.set(Number(key), object[key] as V);
  return map;
}

/** Reads a text line by line without splitting it all at once (a snapshot may be 30 MB). */
function lineReader(text: string): { next(): string | undefined } {
  let at = 0;
  return {
    next() {
      if (at > text.length) return undefined;
      const end = text.indexOf('\n', at);
      const line = text.slice(at, end < 0 ? text.length : end);
      at = end < 0 ? text.length + 1 : end + 1;
      return line;
    }
  };
}
