import { type Channel, type ChannelInput, type ChannelOutput, channels } from '@shared/contract/channels';
import { type Handlers, dispatch } from '@shared/contract/dispatch';
import type { ErrorCode } from '@shared/contract/result';
import { UsageError } from './args';
import { inputMistake } from './inputMistake';

/** A channel call that failed: `message` is the engine's sentence, the one line the user sees. */
export class ChannelFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message);
  }
}

/**
 * Runs one contract call through `dispatch` (input and output checked by the contract's schemas)
 * and resolves with its value, or throws {@link ChannelFailure} with the engine's sentence. The
 * CLI's one way into the engine: {@link import('./cliEngine').openCliEngine} passes the library's
 * handlers, `crosscheck align` the few that need no library (so it never loads SQLite).
 */
export async function callChannel<C extends Channel>(
  handlers: Partial<Handlers>,
  channel: C,
  input: ChannelInput<C>
): Promise<ChannelOutput<C>> {
  const result = await dispatch(handlers, channel, input, (_, error) => {
    if (process.env.CROSSCHECK_DEBUG) console.error(error);
  });
  if (!result.ok) {
    // NB: dispatch words a refused input for a developer ("Invalid request to …"); the command
    // line says it as a usage mistake, from the same schema (review 16, finding 8).
    if (result.error.code === 'invalid-input') checkInput(channel, input);
    throw new ChannelFailure(result.error.code, result.error.message);
  }
  return result.value as ChannelOutput<C>;
}

/**
 * Checks a call's input against the contract's schema before anything runs, turning a refusal into
 * a usage mistake worded for the command line. `wording` says, for a field of the input (its path,
 * `sort` or `changes.publishedAt`, else its first key), what to say given the value and the
 * schema's message; other fields get a sentence naming the option ({@link inputMistake}).
 */
export function checkInput<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  wording: Readonly<Record<string, (value: unknown, message: string) => string>> = {}
): void {
  const parsed = channels[channel].input.safeParse(input);
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map(String);
  let value: unknown = input;
  for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
  const say = wording[path.join('.')] ?? wording[path[0] ?? ''];
  throw new UsageError(say ? say(value, issue.message) : inputMistake(issue));
}
