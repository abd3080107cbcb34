import { type Channel, type ChannelOutput, type ChannelParsedInput, channels, isChannel } from './channels';
import { BUSY_MESSAGE, isBusy, retriesWhenBusy } from './busy';
import { AppFailure, type Result, err, ok } from './result';

/** One function per channel: what the engine implements and both hosts serve. */
export type Handlers = { [C in Channel]: (input: ChannelParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C> };

/** Where a failure is reported (the main process log, the server's stderr). */
export type ErrorSink = (channel: string, error: unknown) => void;

/**
 * Validates an untrusted call against the contract, runs its handler, validates the output, and
 * turns every failure into a {@link Result} with a readable message. Never throws. A call refused
 * because another program held the library's write lock is run once more when that is safe
 * (contract/busy.ts), then answered `busy` with a sentence, not SQLite's "database is locked".
 */
export async function dispatch(
  handlers: Partial<Handlers>,
  channel: string,
  rawInput: unknown,
  onError: ErrorSink = () => {}
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return err('unknown-channel', `Unknown request "${String(channel).slice(0, 80)}".`);
  const spec = channels[channel];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` (${first.path.join('.')})` : '';
    return err('invalid-input', `Invalid request to ${channel}${where}: ${first?.message ?? 'bad input'}.`);
  }
  const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
  if (!handler) return err('unavailable', `${channel} is not available here.`);
  try {
    let value: unknown;
    try {
      value = await handler(parsed.data);
    } catch (error) {
      // NB: SQLite already waited its busy timeout; one more wait, only where the first try wrote nothing.
      if (!isBusy(error) || !retriesWhenBusy(channel, parsed.data)) throw error;
      value = await handler(parsed.data);
    }
    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      onError(channel, checked.error);
      return err('invalid-output', `Crosscheck produced an unexpected answer to ${channel}; see the log.`);
    }
    return ok(checked.data);
  } catch (error) {
    if (error instanceof AppFailure) return err(error.code, error.message);
    if (isCoded(error)) return err(error.code, error.message);
    if (isBusy(error)) return err('busy', BUSY_MESSAGE);
    onError(channel, error);
    const message = error instanceof Error ? error.message : String(error);
    return err('internal', `Something went wrong in ${channel}: ${message}`);
  }
}

function isCoded(error: unknown): error is { code: 'db-newer' | 'not-found' | 'read-only' | 'disk-full'; message: string } {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === 'db-newer' || code === 'not-found' || code === 'read-only' || code === 'disk-full';
}
