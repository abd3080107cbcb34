/**
 * What must import, and how much of it: every file a reference tool reads to
 * {@link MUST_IMPORT_WORDS} words or more must import (unless Crosscheck refuses it for a reason a
 * user can act on: a password, a size limit), and the words Crosscheck stored must cover at least
 * {@link MIN_COVERAGE} of the reference's (word multisets, NFKC, case-folded; see words.ts).
 */
import type { SweepOutcome } from './importCorpus';
import type { ReferenceText } from './references';
import { bagSize, coverage, wordBag } from './words';

export const MUST_IMPORT_WORDS = 50;
export const MIN_COVERAGE = 0.95;
/** Failure codes that are a deliberate refusal, not a failure to read: the file is left out of the must-import set. */
export const LEGITIMATE_REFUSALS: ReadonlySet<string> = new Set(['encrypted', 'too-large']);

/** One file the reference tool read. */
export interface AgreementFile {
  readonly name: string;
  readonly outcome: SweepOutcome;
  readonly reference: ReferenceText;
}

/** The agreement of one format with its reference tool, and every file that breaks the rule. */
export interface Agreement {
  readonly format: string;
  readonly tool: string;
  /** Files the reference read to enough words (the must-import set, refusals included). */
  readonly checked: number;
  readonly imported: number;
  /** Left out of the must-import set, with Crosscheck's reason. */
  readonly refused: ReadonlyArray<{ name: string; reason: string }>;
  /** In the must-import set and not imported: each fails the sweep. */
  readonly notImported: ReadonlyArray<{ name: string; reason: string }>;
  /** Imported with coverage under the threshold; `allowed` holds the documented reason when the allow-list names the file. */
  readonly below: ReadonlyArray<{ name: string; coverage: number; allowed?: string }>;
  /** Coverage of every imported file in the set, for the summary. */
  readonly coverages: readonly number[];
}

/**
 * Judges one format's files against its reference.
 *
 * @param allowed reasons by `name` for files documented as allowed below {@link MIN_COVERAGE}.
 */
export function judgeAgreement(
  format: string,
  tool: string,
  files: readonly AgreementFile[],
  allowed: ReadonlyMap<string, string>
): Agreement {
  const refused: Array<{ name: string; reason: string }> = [];
  const notImported: Array<{ name: string; reason: string }> = [];
  const below: Array<{ name: string; coverage: number; allowed?: string }> = [];
  const coverages: number[] = [];
  let checked = 0;
  for (const { name, outcome, reference } of files) {
    if (!reference.ok) continue;
    const referenceBag = wordBag(reference.text);
    if (bagSize(referenceBag) < MUST_IMPORT_WORDS) continue;
    checked++;
    if (!outcome.ok) {
      const reason = `${outcome.code}: ${outcome.message}`;
      (LEGITIMATE_REFUSALS.has(outcome.code) ? refused : notImported).push({ name, reason });
      continue;
    }
    const stored = wordBag(outcome.articles.map((a) => `${a.title}\n${a.text}`).join('\n'));
    const share = coverage(stored, referenceBag);
    coverages.push(share);
    if (share < MIN_COVERAGE) {
      const reason = allowed.get(name);
      below.push({ name, coverage: share, ...(reason ? { allowed: reason } : {}) });
    }
  }
  return { format, tool, checked, imported: coverages.length, refused, notImported, below, coverages };
}

/** Problems that fail the sweep: files not imported, and files below the threshold not on the allow-list. */
export function agreementFailures(agreement: Agreement): string[] {
  return [
    ...agreement.notImported.map(
      (f) => `${f.name} must import (${agreement.tool} reads ${MUST_IMPORT_WORDS}+ words) but failed: ${f.reason}`
    ),
    ...agreement.below
      .filter((f) => !f.allowed)
      .map(
        (f) => `${f.name} covers ${(100 * f.coverage).toFixed(1)} % of ${agreement.tool}'s words (needs ${100 * MIN_COVERAGE} %)`
      )
  ];
}
