import { CliFailure, failureCode } from '../failure';
import fs from 'node:fs';
import type { ChannelInput } from '@shared/contract/channels';
import { UsageError, parseCommandArgs } from '../args';
import { ChannelFailure, openCliEngine } from '../cliEngine';
import { ExitCode, type CliCommand } from '../io';
import { terminalText } from '../terminalText';

/** Files larger than this are refused before reading (the channel's own limit is 200 MB of text). */
const MAX_BYTES = 200_000_000;

/**
 * `crosscheck import-annotations FILE`: reads a W3C JSON export (`crosscheck export --format
 * json`, from this library or another person's) into the library through `annotations:import`:
 * each annotation matched to its article and re-anchored, what cannot be placed listed. Running
 * it twice adds nothing the second time. `--dry-run` says what would happen and writes nothing.
 */
export const runImportAnnotations: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, { 'dry-run': { type: 'boolean', default: false } });
  if (positionals.length !== 1)
    throw new UsageError('name the one W3C JSON file to import (crosscheck export --format json writes one)');
  const file = positionals[0]!;
  let content: string;
  try {
    if (fs.statSync(file).size > MAX_BYTES)
      throw new CliFailure('failed', sentence(`${file} is larger than 200 MB; split the export by story or article`));
    content = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliFailure(
      code === 'ENOENT' ? 'not-found' : 'failed',
      sentence(
        code === 'ENOENT'
          ? `${file} does not exist. Check the path`
          : code === 'EISDIR'
            ? `${file} is a folder. Name the .jsonld file inside it`
            : `${file} cannot be read (${code ?? 'unknown error'}). Check that you may read it`
      )
    );
  }
  const engine = openCliEngine(values);
  try {
    const input: ChannelInput<'annotations:import'> = { content, dryRun: values['dry-run'] };
    const report = await engine.call('annotations:import', input);
    if (values.json) {
      io.stdout(JSON.stringify(report) + '\n');
      return ExitCode.ok;
    }
    const verb = values['dry-run'] ? 'Would import' : 'Imported';
    io.stdout(
      `${verb} ${report.total} annotation${report.total === 1 ? '' : 's'}: ${report.anchored} anchored, ${report.orphaned} orphaned, ` +
        `${report.duplicates} already in the library, ${report.noArticle} with no article here, ${report.invalid} unreadable.\n`
    );
    for (const item of report.items) {
      if (item.outcome === 'anchored' || item.outcome === 'duplicate') continue;
      const what = item.quote.length > 60 ? `${item.quote.slice(0, 57)}…` : item.quote;
      const why =
        item.outcome === 'orphan'
          ? `orphan on article ${item.articleId ?? '?'}: its words are not in the article's text; re-attach it in the app`
          : (item.message ?? item.outcome);
      io.stdout(`  ${terminalText(item.source)} “${terminalText(what)}”: ${terminalText(why)}\n`);
    }
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof ChannelFailure) throw new CliFailure(failureCode(error), sentence(error.message));
    throw error;
  } finally {
    engine.close();
  }
};

/** The engine's message with one full stop at its end. */
function sentence(message: string): string {
  return `${message.replace(/\.$/, '')}.`;
}
