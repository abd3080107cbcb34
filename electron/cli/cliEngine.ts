import type { EventName, EventPayload } from '../../shared/contract/channels';
import { type Channel, type ChannelInput, type ChannelOutput, channels } from '../../shared/contract/channels';
import { dispatch } from '../../shared/contract/dispatch';
import type { ErrorCode } from '../../shared/contract/result';
import { createHandlers } from '../library/handlers';
import { type Library, openLibrary } from '../library/library';
import { diskFullHandlers, readOnlyHandlers } from '../library/readOnlyHandlers';
import { UsageError, libraryFileFrom } from './args';

/** A channel call that failed: `message` is the engine's sentence, the one line the user sees. */
export class ChannelFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message);
  }
}

/** The CLI as a third host (issue 14): the same handlers, called through the same `dispatch`. */
export interface CliEngine {
  readonly library: Library;
  /** Runs a contract call; resolves with its value or throws {@link ChannelFailure}. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  close(): void;
}

export interface OpenCliEngineOptions {
  /** The command writes: a library that cannot be written is refused before anything runs. */
  readonly write?: boolean;
  /** Push events the handlers send (import progress), for a command that shows them. */
  readonly emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

/**
 * Opens the library named by `--db` (or the app's) and serves the contract's handlers in this
 * process: argv becomes a channel's input, `dispatch` validates it with the contract's schema and
 * runs the handler the desktop app and browser mode run, so every limit and rule lives once. A
 * library opened read-only refuses writes with the same sentences as in the app.
 */
export function openCliEngine(values: { db?: string | boolean | undefined }, options: OpenCliEngineOptions = {}): CliEngine {
  const library = openLibrary(libraryFileFrom(values), options.write ? { write: true } : {});
  const handlers = createHandlers(library, { mode: 'cli', ...(options.emit ? { emit: options.emit } : {}) });
  const served =
    library.readOnly !== undefined ? readOnlyHandlers(handlers, library.readOnly) : diskFullHandlers(handlers, library.file);
  return {
    library,
    async call(channel, input) {
      const result = await dispatch(served, channel, input, (_, error) => {
        if (process.env.CROSSCHECK_DEBUG) console.error(error);
      });
      if (!result.ok) throw new ChannelFailure(result.error.code, result.error.message);
      return result.value as ChannelOutput<typeof channel>;
    },
    close: () => library.close()
  };
}

/**
 * Checks a call's input against the contract's schema before anything runs, turning a refusal into
 * a usage mistake worded for the command line. `wording` says, for a field of the input (its path,
 * `sort` or `changes.publishedAt`, else its first key), what to say given the value and the
 * schema's message; other fields get `--field: message`.
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
  throw new UsageError(say ? say(value, issue.message) : `${path.length ? `--${path.at(-1)}: ` : ''}${issue.message}`);
}
