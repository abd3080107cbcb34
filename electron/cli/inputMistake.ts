import type { core } from 'zod';

/** One problem the contract's schema found in a call's input (zod's issue). */
type Issue = core.$ZodIssue;

/** Fields of the contract given by an option of another name (`--tag T` repeated fills `tags`). */
const OPTION_OF_FIELD: Readonly<Record<string, string>> = {
  tags: '--tag',
  colours: '--colour',
  kinds: '--kind',
  states: '--state',
  articleIds: '--articles',
  articleId: '--article',
  storyId: '--story',
  publishedAt: '--date',
  publishedFrom: '--from',
  publishedTo: '--to'
};

/**
 * The option a field of a channel's input was given by: its last key that is not a list index,
 * in the command line's spelling (`minWords` → `--min-words`, `tags.0` → `--tag`). A command
 * whose option is named otherwise still can say so with checkInput's `wording`.
 */
export function optionOf(path: readonly PropertyKey[]): string | undefined {
  const key = [...path].reverse().find((k) => typeof k === 'string' && !/^\d+$/.test(k));
  if (typeof key !== 'string') return undefined;
  return OPTION_OF_FIELD[key] ?? `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * Whether zod wrote the message itself ("Too small: expected string to have >=1 characters"), as
 * opposed to a sentence the schema gives ('a tag is one line'), which is said as it is.
 */
function isZodsOwn(message: string): boolean {
  return /^(Too small|Too big|Invalid input|Invalid option|Invalid string|Invalid [a-z]+:|Unrecognized key|Expected )/.test(
    message
  );
}

const plural = (n: number | bigint, one: string, many: string): string => `${n} ${Number(n) === 1 ? one : many}`;

/**
 * A schema's refusal of a command line value as a sentence for a person, whatever the command:
 * review 16, finding 8 (`annotate add --quote ""` printed "Invalid request to annotations:create
 * (quote): Too small: expected string to have >=1 characters"). The schema's own sentences are kept.
 *
 * @example
 * inputMistake({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: ['quote'], message: 'Too small: …' })
 * // '--quote is empty: give it a value'
 */
export function inputMistake(issue: Issue): string {
  const option = optionOf(issue.path);
  const subject = option ?? 'the input';
  if (!isZodsOwn(issue.message)) return option ? `${option}: ${issue.message}` : issue.message;
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum) + (issue.inclusive === false ? 1 : 0);
      if (issue.origin === 'string')
        return min <= 1
          ? `${subject} is empty: give it a value`
          : `${subject} is too short: give at least ${plural(min, 'character', 'characters')}`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${subject} needs at least ${plural(min, 'value', 'values')}`;
      return `${subject} must be at least ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum) - (issue.inclusive === false ? 1 : 0);
      if (issue.origin === 'string') return `${subject} is too long: at most ${plural(max, 'character', 'characters')}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${subject} takes at most ${plural(max, 'value', 'values')}`;
      return `${subject} must be at most ${max}`;
    }
    case 'invalid_type':
      return issue.expected === 'int' || issue.expected === 'number'
        ? `${subject} takes a whole number`
        : `${subject} is missing or not ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `${subject} must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `${subject} is not in the form it takes`;
    case 'unrecognized_keys':
      return `there is no option ${issue.keys.map((k) => optionOf([k])).join(', ')}`;
    default:
      return `${subject} is not a value it takes`;
  }
}
