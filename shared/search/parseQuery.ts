import { tokenize } from '@shared/text/tokens';
import { balanceQuery } from './balanceQuery';
import { positiveTerms } from './bodyTerms';
import { lexQuery, type QueryToken } from './lexQuery';
import { intersectRanges, isEmptyRange, parseDateFilter } from './parseDate';
import type { DateRange, FilterField, ParsedQuery, QueryNode, QueryTerm, ValueFilter } from './types';

/** Longer input is cut: nobody types it, and it would only make a slow query. */
export const MAX_QUERY_CHARS = 1000;
/** Words, phrases and prefixes searched at most; each one costs an index look-up. */
export const MAX_TERMS = 32;
/** The default and the largest distance of `NEAR(…)`, in words. */
export const NEAR_DEFAULT = 10;
export const NEAR_MAX = 100;
/** Shortest prefix searched as a prefix: `a*` would pull in a good part of the index. */
const MIN_PREFIX = 2;

/**
 * Reads what the user typed in the search box. Never throws: anything malformed is searched as
 * plain words, or ignored, and said so in `notes`.
 *
 * | Syntax | Meaning |
 * |---|---|
 * | `daraa talks` | both words (AND is implicit; `AND` may be written) |
 * | `"busra al-sham"` | the words together, in order |
 * | `talks OR negotiations` | either; binds tighter than AND |
 * | `-reuters`, `NOT reuters` | without the word (or phrase, or group) |
 * | `(a OR b) c` | grouping |
 * | `negotiat*` | words starting with… |
 * | `NEAR(rebels surrender, 5)` | all within 5 words of each other (default 10) |
 * | `title:daraa`, `title:"al-Sham"`, `title:(a OR b)` | in the title |
 * | `outlet:Reuters`, `author:`, `lang:`, `tag:`, `story:` | metadata filters (quote values with spaces) |
 * | `date:2018`, `date:2018-07..2018-08`, `date:..2018-07-04` | publication date |
 * | `in:notes` | the user's notes and highlighted passages instead of the articles (`SearchResponse.noteHits`) |
 *
 * @example
 * const q = parseQuery('Deraa "heavy weapons" -Reuters outlet:"The National" date:2018-07');
 * q.terms.map((t) => t.text)   // ['Deraa', 'heavy weapons']
 * q.filters.outlet.include     // ['The National']
 * q.filters.date               // { from: '2018-07-01', before: '2018-08-01' }
 * parseQuery('"unclosed').notes // ['Ignored an unmatched ": searched the words after it one by one.']
 */
export function parseQuery(input: string): ParsedQuery {
  const notes: string[] = [];
  let text = input;
  if (text.length > MAX_QUERY_CHARS) {
    text = text.slice(0, MAX_QUERY_CHARS);
    notes.push(`The search was cut to its first ${MAX_QUERY_CHARS} characters.`);
  }
  const tokens = balanceQuery(lexQuery(text, notes), notes);
  const parser = new Parser(tokens, notes);
  const root = simplify(and(parser.parseSequence()));
  return {
    text: root,
    filters: parser.filters(),
    terms: root ? positiveTerms(root, { inFieldFilters: true }) : [],
    notes: [...new Set(notes)],
    inNotes: parser.inNotes
  };
}

/** What one operand of the query turned out to be. */
type Operand = { readonly node: QueryNode } | { readonly filter: FilterField | 'date' | 'in' } | null;

class Parser {
  private pos = 0;
  private termCount = 0;
  private readonly values = new Map<FilterField, { include: string[]; exclude: string[] }>();
  private date: DateRange | null = null;
  /** Set by `in:notes`. */
  inNotes = false;

  constructor(
    private readonly tokens: readonly QueryToken[],
    private readonly notes: string[]
  ) {}

  /** Operands joined by implicit AND, up to the `)` that closes the current group (not consumed). */
  parseSequence(): QueryNode[] {
    const nodes: QueryNode[] = [];
    let sawOperand = false;
    for (let tok = this.peek(); tok && tok.t !== 'rparen'; tok = this.peek()) {
      if (tok.t === 'or' || tok.t === 'and') {
        this.pos++;
        // Explicit AND is the same as a space; it only needs something on both sides.
        if (tok.t === 'or' || !sawOperand || !startsOperand(this.peek())) {
          this.notes.push(
            `Ignored ${tok.t.toUpperCase()}: it needs a word on each side, like talks ${tok.t.toUpperCase()} negotiations.`
          );
        }
        continue;
      }
      if (tok.t === 'comma') {
        this.pos++;
        continue;
      }
      const group = [this.parseUnary()];
      while (this.peek()?.t === 'or') {
        this.pos++;
        while (this.peek()?.t === 'or') {
          this.pos++;
          this.notes.push('Ignored a repeated OR.');
        }
        if (!startsOperand(this.peek())) {
          this.notes.push('Ignored OR: it needs a word on each side, like talks OR negotiations.');
          break;
        }
        group.push(this.parseUnary());
      }
      sawOperand = true;
      const node = this.orGroup(group);
      if (node) nodes.push(node);
    }
    return nodes;
  }

  filters(): ParsedQuery['filters'] {
    const get = (field: FilterField): ValueFilter => this.values.get(field) ?? { include: [], exclude: [] };
    return {
      outlet: get('outlet'),
      author: get('author'),
      lang: get('lang'),
      tag: get('tag'),
      story: get('story'),
      date: this.date
    };
  }

  private peek(): QueryToken | undefined {
    return this.tokens[this.pos];
  }

  /** Combines `a OR b OR …`; filters in it apply to the whole search, not to the OR. */
  private orGroup(group: Operand[]): QueryNode | null {
    const nodes: QueryNode[] = [];
    const fields = new Set<string>();
    for (const op of group) {
      if (op && 'node' in op) nodes.push(op.node);
      else if (op) fields.add(op.filter);
    }
    // `outlet:A OR outlet:B` is exactly what repeating a filter means, so it needs no note.
    if (group.length > 1 && fields.size > 0 && (nodes.length > 0 || fields.size > 1)) {
      this.notes.push('Filters like outlet: apply to the whole search, so OR next to them was ignored.');
    }
    return nodes.length === 0 ? null : nodes.length === 1 ? (nodes[0] ?? null) : { type: 'or', children: nodes };
  }

  private parseUnary(): Operand {
    let negated = false;
    for (let tok = this.peek(); tok && (tok.t === 'minus' || tok.t === 'not'); tok = this.peek()) {
      if (negated) this.notes.push('Ignored a repeated - or NOT.');
      negated = true;
      this.pos++;
    }
    if (!startsPrimary(this.peek())) {
      if (negated) this.notes.push('Ignored a - or NOT with nothing after it to leave out, like -Reuters.');
      return null;
    }
    const op = this.parsePrimary(negated);
    return op && 'node' in op && negated ? { node: { type: 'not', child: op.node } } : op;
  }

  private parsePrimary(negated: boolean): Operand {
    const tok = this.peek();
    if (!tok) return null;
    this.pos++;
    switch (tok.t) {
      case 'word':
      case 'phrase': {
        const term = this.term(tok);
        return term ? { node: { type: 'term', term } } : null;
      }
      case 'lparen': {
        // balanceQuery guarantees the `)`.
        const node = and(this.parseSequence());
        this.pos++;
        return node ? { node } : null;
      }
      case 'near':
        return this.parseNear();
      case 'field':
        return this.parseField(tok.key, tok.valued, negated);
      default:
        return null;
    }
  }

  /** After `NEAR(`: phrases, an optional `, distance`, then `)` (balanceQuery guarantees it). */
  private parseNear(): Operand {
    const terms: QueryTerm[] = [];
    let distance = NEAR_DEFAULT;
    for (let tok = this.peek(); tok && tok.t !== 'rparen'; tok = this.peek()) {
      this.pos++;
      if (tok.t === 'word' || tok.t === 'phrase') {
        const term = this.term(tok);
        if (term) terms.push(term);
      } else if (tok.t === 'comma') {
        const num = this.peek();
        if (num?.t === 'word' && !num.prefix && /^\d+$/.test(num.text) && this.tokens[this.pos + 1]?.t === 'rparen') {
          this.pos++;
          distance = Math.min(Number(num.text), NEAR_MAX);
          if (Number(num.text) > NEAR_MAX) this.notes.push(`NEAR distances stop at ${NEAR_MAX} words.`);
        } else {
          this.notes.push('Ignored the comma in NEAR: it comes before the distance, like NEAR(rebels surrender, 5).');
        }
      } else {
        this.notes.push('NEAR(…) takes only words and "phrases": ignored the rest inside it.');
      }
    }
    this.pos++;
    if (terms.length === 0) {
      this.notes.push('Ignored an empty NEAR().');
      return null;
    }
    if (terms.length === 1) {
      this.notes.push('NEAR needs two or more words: searched the one word.');
      return { node: { type: 'term', term: terms[0] as QueryTerm } };
    }
    return { node: { type: 'near', terms, distance } };
  }

  private parseField(key: string, valued: boolean, negated: boolean): Operand {
    if (!valued) {
      this.notes.push(`Ignored ${key}: it needs a value right after the colon, like ${example(key)}.`);
      return null;
    }
    if (key === 'title') {
      if (!startsPrimary(this.peek())) {
        this.notes.push(`Ignored title: it needs a value right after the colon, like ${example(key)}.`);
        return null;
      }
      const op = this.parsePrimary(false);
      return op && 'node' in op ? { node: { type: 'column', column: 'title', child: op.node } } : op;
    }
    const tok = this.peek();
    if (tok?.t !== 'word' && tok?.t !== 'phrase') {
      this.notes.push(`Ignored ${key}: it takes one value; quote values with spaces, like ${example(key)}.`);
      return null;
    }
    this.pos++;
    const value = (tok.text + (tok.prefix ? '*' : '')).trim();
    if (value === '') {
      this.notes.push(`Ignored an empty ${key}: filter.`);
      return null;
    }
    if (key === 'date') return this.addDate(value, negated);
    if (key === 'in') return this.addScope(value, negated);
    const field = key as FilterField;
    const entry = this.values.get(field) ?? { include: [], exclude: [] };
    this.values.set(field, entry);
    const list = negated ? entry.exclude : entry.include;
    if (!list.some((v) => v.toLowerCase() === value.toLowerCase())) list.push(value);
    return { filter: field };
  }

  /** `in:notes`: the user's notes and highlights are searched, not the articles. */
  private addScope(value: string, negated: boolean): Operand {
    if (value.toLowerCase() !== 'notes') {
      this.notes.push(`Ignored in:${clip(value)}: the one place to search besides the articles is in:notes.`);
      return null;
    }
    if (negated) {
      this.notes.push('Ignored -in:notes: notes are searched only when asked, so there is nothing to leave out.');
      return null;
    }
    this.inNotes = true;
    return { filter: 'in' };
  }

  private addDate(value: string, negated: boolean): Operand {
    const parsed = parseDateFilter(value);
    if (!parsed) {
      this.notes.push(
        `Ignored date:${value}: write a year, month or day, or a range, like date:2018-07 or date:2018-07-01..2018-08-15.`
      );
      return null;
    }
    if (negated) {
      this.notes.push('Ignored -date: a date can be narrowed, not left out; use a range like date:..2018-06.');
      return null;
    }
    if (parsed.swapped) this.notes.push(`Read date:${value} from the earlier to the later date.`);
    this.date = this.date ? intersectRanges(this.date, parsed.range) : parsed.range;
    if (isEmptyRange(this.date)) this.notes.push('The date: filters have no day in common, so nothing can match.');
    return { filter: 'date' };
  }

  private term(tok: {
    readonly t: 'word' | 'phrase';
    readonly text: string;
    readonly prefix: boolean;
  }): QueryTerm | null {
    const words = tokenize(tok.text).map((t) => t.norm);
    if (words.length === 0) {
      if (tok.text.trim() !== '') this.notes.push(`Ignored “${clip(tok.text)}”: only letters and digits are searched.`);
      else if (tok.t === 'phrase') this.notes.push('Ignored empty quotes.');
      return null;
    }
    if (this.termCount >= MAX_TERMS) {
      this.notes.push(`Searched the first ${MAX_TERMS} words only.`);
      return null;
    }
    this.termCount++;
    const text = tok.text.trim();
    let prefix = tok.prefix;
    if (prefix && [...(words.at(-1) ?? '')].length < MIN_PREFIX) {
      this.notes.push(`${clip(text)}* is too short to search as a beginning: searched ${clip(text)} as typed.`);
      prefix = false;
    }
    const kind = prefix ? 'prefix' : tok.t === 'phrase' ? 'phrase' : 'word';
    return { kind, text, words };
  }
}

function startsPrimary(tok: QueryToken | undefined): boolean {
  return tok !== undefined && ['word', 'phrase', 'lparen', 'near', 'field'].includes(tok.t);
}

function startsOperand(tok: QueryToken | undefined): boolean {
  return startsPrimary(tok) || tok?.t === 'minus' || tok?.t === 'not';
}

function and(nodes: QueryNode[]): QueryNode | null {
  return nodes.length === 0 ? null : nodes.length === 1 ? (nodes[0] ?? null) : { type: 'and', children: nodes };
}

/** Flattens `a AND (b AND c)`, unwraps single children, and removes double negations and titles. */
function simplify(node: QueryNode | null): QueryNode | null {
  if (!node) return null;
  switch (node.type) {
    case 'and':
    case 'or': {
      const children: QueryNode[] = [];
      for (const child of node.children) {
        const c = simplify(child);
        if (c && c.type === node.type) children.push(...c.children);
        else if (c) children.push(c);
      }
      return children.length === 0
        ? null
        : children.length === 1
          ? (children[0] ?? null)
          : { type: node.type, children };
    }
    case 'not': {
      const child = simplify(node.child);
      if (!child) return null;
      return child.type === 'not' ? child.child : { type: 'not', child };
    }
    case 'column': {
      const child = simplify(node.child);
      if (!child) return null;
      return child.type === 'column' ? child : { type: 'column', column: node.column, child };
    }
    default:
      return node;
  }
}

function example(key: string): string {
  if (key === 'date') return 'date:2018-07';
  if (key === 'title') return 'title:Daraa';
  if (key === 'lang') return 'lang:en';
  if (key === 'in') return 'in:notes';
  return `${key}:"The National"`;
}

function clip(text: string): string {
  const chars = [...text.trim()];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : chars.join('');
}
