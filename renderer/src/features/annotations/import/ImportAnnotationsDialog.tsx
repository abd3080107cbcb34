import { useId, useRef, useState } from 'react';
import type { AnnotationImportReport } from '@shared/contract/exportSchemas';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { Icon } from '../../../components/Icon';
import { call } from '../../../lib/api';
import { messageOf } from '../../../lib/errors';
import { formatCount, plural } from '../../../lib/format';
import { useAnnotationWrites } from '../useAnnotations';
import { fileProblem } from './importAnnotationsFile';
import './importAnnotations.css';

/** Rows drawn per outcome: a file of 20,000 unplaceable notes must not freeze the dialog. */
const MAX_ROWS = 300;

type Outcome = AnnotationImportReport['items'][number]['outcome'];
type Item = AnnotationImportReport['items'][number];

/** Each outcome as the dialog says it, before (`would`) and after the import (`did`), in the order shown. */
const OUTCOMES: ReadonlyArray<{ outcome: Outcome; count: 'anchored' | 'orphaned' | 'duplicates' | 'noArticle' | 'invalid'; label: string; would: string; did: string; tone: 'good' | 'warn' | 'quiet' | 'bad' }> = [
  { outcome: 'anchored', count: 'anchored', label: 'Placed', would: 'will be placed on their words', did: 'were placed on their words', tone: 'good' },
  {
    outcome: 'orphan',
    count: 'orphaned',
    label: 'Orphans',
    would: 'will be kept, shown as orphans, never dropped: their article is here but not their words; re-attach them from the notes panel',
    did: 'were kept, shown as orphans, never dropped: re-attach them from the notes panel’s “Not found in the text”',
    tone: 'warn'
  },
  { outcome: 'duplicate', count: 'duplicates', label: 'Already here', would: 'are already in this library and will not be added again', did: 'were already in this library, so nothing was added for them', tone: 'quiet' },
  { outcome: 'no-article', count: 'noArticle', label: 'No article', would: 'have no article here: import their articles first, then this file again', did: 'have no article here and were not stored: import their articles first, then this file again', tone: 'bad' },
  { outcome: 'invalid', count: 'invalid', label: 'Unreadable', would: 'cannot be read and will be skipped', did: 'could not be read and were skipped', tone: 'bad' }
];

type Step =
  | { kind: 'pick' }
  | { kind: 'checking'; name: string }
  | { kind: 'preview'; name: string; content: string; report: AnnotationImportReport }
  | { kind: 'importing'; name: string; content: string; report: AnnotationImportReport }
  | { kind: 'done'; name: string; report: AnnotationImportReport };

/** Props of {@link ImportAnnotationsDialog}. */
export interface ImportAnnotationsDialogProps {
  open: boolean;
  onClose: () => void;
}

/**
 * "Import annotations…": reads a W3C JSON file someone exported (Export → W3C JSON), shows what
 * `annotations:import` would do with it (a dry run), and imports it when asked. The file is read
 * in the page (File.text()), never by path, so it works the same in the desktop app and browser mode.
 */
export function ImportAnnotationsDialog({ open, onClose }: ImportAnnotationsDialogProps) {
  const annotations = useAnnotationWrites();
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const busy = step.kind === 'checking' || step.kind === 'importing';

  const close = () => {
    if (busy) return;
    setStep({ kind: 'pick' });
    setError(null);
    onClose();
  };

  const check = async (file: File) => {
    setError(null);
    const early = fileProblem(file.name, file.size, null, false);
    if (early) return setError(early);
    setStep({ kind: 'checking', name: file.name });
    try {
      const content = await file.text();
      const problem = fileProblem(file.name, file.size, content, !window.crosscheck);
      if (problem) {
        setStep({ kind: 'pick' });
        return setError(problem);
      }
      const report = await call('annotations:import', { content, dryRun: true });
      setStep({ kind: 'preview', name: file.name, content, report });
    } catch (e) {
      setStep({ kind: 'pick' });
      setError(messageOf(e));
    }
  };

  const runImport = async () => {
    if (step.kind !== 'preview') return;
    setError(null);
    setStep({ ...step, kind: 'importing' });
    try {
      const report = await call('annotations:import', { content: step.content, dryRun: false });
      annotations.changed();
      setStep({ kind: 'done', name: step.name, report });
    } catch (e) {
      setStep(step);
      setError(messageOf(e));
    }
  };

  const chooseAnother = () => {
    setStep({ kind: 'pick' });
    setError(null);
    // The same file picked again must fire `change`.
    if (inputRef.current) inputRef.current.value = '';
  };

  const report = step.kind === 'preview' || step.kind === 'importing' || step.kind === 'done' ? step.report : null;
  const toAdd = report ? report.anchored + report.orphaned : 0;

  const footer =
    step.kind === 'done' ? (
      <Button variant="primary" onClick={close} data-testid="annotations-import-done">
        Done
      </Button>
    ) : step.kind === 'preview' || step.kind === 'importing' ? (
      <>
        <Button variant="ghost" onClick={chooseAnother} disabled={busy}>
          Choose another file
        </Button>
        <Button variant="primary" onClick={() => void runImport()} busy={step.kind === 'importing'} disabled={toAdd === 0} data-testid="annotations-import-run">
          {toAdd === 0 ? 'Nothing to import' : `Import ${plural(toAdd, 'annotation')}`}
        </Button>
      </>
    ) : (
      <Button variant="ghost" onClick={close} disabled={busy}>
        Cancel
      </Button>
    );

  return (
    <Dialog
      open={open}
      title={step.kind === 'done' ? 'Annotations imported' : 'Import annotations'}
      subtitle={
        step.kind === 'pick' ? (
          'From a W3C JSON file exported by Crosscheck (Export → W3C JSON), yours or a colleague’s.'
        ) : (
          <span className="annotations-import__file" data-testid="annotations-import-file">
            {step.name}
          </span>
        )
      }
      onClose={close}
      width={640}
      testId="annotations-import"
      busy={busy}
      footer={footer}
    >
      {step.kind === 'pick' || step.kind === 'checking' ? (
        <div className="annotations-import__pick">
          <p className="annotations-import__intro">
            Each annotation goes to the same article here (found by its address, its text or its words) and onto the same words. Nothing is
            written until you have seen what would happen.
          </p>
          <label htmlFor={inputId} className="annotations-import__label">
            Annotations file (.jsonld or .json)
          </label>
          <input
            ref={inputRef}
            id={inputId}
            className="annotations-import__input"
            type="file"
            accept=".json,.jsonld,application/ld+json,application/json"
            disabled={busy}
            data-testid="annotations-import-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void check(file);
            }}
          />
          {step.kind === 'checking' ? (
            <p className="annotations-import__checking" role="status">
              Reading {step.name}…
            </p>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p className="annotations-import__error" role="alert" data-testid="annotations-import-error">
          <Icon name="alert" size={15} />
          <span>{error}</span>
        </p>
      ) : null}
      {report ? <Outcomes report={report} done={step.kind === 'done'} /> : null}
    </Dialog>
  );
}

/** The counts of a dry run or an import, and under each the annotations it concerns. */
function Outcomes({ report, done }: { report: AnnotationImportReport; done: boolean }) {
  return (
    <div className="annotations-import__outcomes" data-testid="annotations-import-outcomes" data-done={done}>
      <p className="annotations-import__summary" role="status">
        {done
          ? `Of the ${plural(report.total, 'annotation')} in the file, ${formatCount(report.anchored + report.orphaned)} ${report.anchored + report.orphaned === 1 ? 'was' : 'were'} added to this library.`
          : `The file holds ${plural(report.total, 'annotation')}. Nothing is written until you press Import.`}
      </p>
      {OUTCOMES.map(({ outcome, count, label, would, did, tone }) => {
        const n = report[count];
        const items = report.items.filter((item) => item.outcome === outcome);
        return (
          <details
            key={outcome}
            className={`annotations-import__outcome annotations-import__outcome--${tone}${n === 0 ? ' is-zero' : ''}`}
            data-testid={`annotations-import-${outcome}`}
            data-count={n}
          >
            <summary>
              <span className="annotations-import__count">{formatCount(n)}</span>
              <span className="annotations-import__what">
                <strong>{label}</strong> {done ? did : would}
              </span>
            </summary>
            {items.length ? <ItemList items={items} /> : <p className="annotations-import__none">None.</p>}
          </details>
        );
      })}
    </div>
  );
}

function ItemList({ items }: { items: readonly Item[] }) {
  const hidden = items.length - MAX_ROWS;
  return (
    <>
      <ul className="annotations-import__items">
        {items.slice(0, MAX_ROWS).map((item, index) => (
          <li key={`${item.source}|${index}`} className="annotations-import__item" data-testid="annotations-import-item">
            <span className="annotations-import__quote">{item.quote ? `“${item.quote}”` : item.source}</span>
            {item.message ? <span className="annotations-import__message">{item.message}</span> : null}
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <p className="annotations-import__none">
          and {formatCount(hidden)} more; <code>crosscheck import-annotations FILE --dry-run --json</code> lists them all.
        </p>
      ) : null}
    </>
  );
}
