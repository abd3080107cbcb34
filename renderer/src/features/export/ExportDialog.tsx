import { useId, useState } from 'react';
import type { ExportFormat, ReportGrouping } from '@shared/export/reportModel';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ProgressBar } from '../../components/ProgressBar';
import { Switch } from '../../components/Switch';
import { useToast } from '../../components/useToast';
import { ApiError } from '../../lib/api';
import { useLibraryInfo } from '../library/useLibraryInfo';
import { formatChoice, FORMAT_CHOICES } from './exportFormats';
import { startExport, type ExportInput, type ExportJob } from './exportJob';
import { ALL_ANNOTATIONS, canIncludeComparison, isAllAnnotations, type ExportRequest } from './exportRequest';
import { ExportPreview, type PreviewView } from './ExportPreview';
import { downloadExport, saveExportWithDialog } from './saveFile';
import { progressText, useExportProgress } from './useExportProgress';
import { useRenderedExport } from './useRenderedExport';
import './export.css';

/** Props of {@link ExportDialog}. */
export interface ExportDialogProps {
  /** What the entry point asked for (this article, the picks, the story…). */
  request: ExportRequest;
  onClose: () => void;
}

const GROUPINGS: ReadonlyArray<{ value: ReportGrouping; label: string }> = [
  { value: 'article', label: 'Article' },
  { value: 'colour', label: 'Colour' },
  { value: 'tag', label: 'Tag' }
];

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
function fileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${sizeFormat.format(bytes / 1000)} KB`;
  return `${sizeFormat.format(bytes / 1_000_000)} MB`;
}

/**
 * The Export dialog: what to export (the scope the entry point gave, or every annotation), the
 * format, the report's options, and a live preview of the report; Save writes it where the
 * desktop app's Save dialog says, Download hands it to the browser. A long export shows its
 * progress and can be cancelled.
 */
export function ExportDialog({ request, onClose }: ExportDialogProps) {
  const toast = useToast();
  const ids = useId();
  const offerAll = !isAllAnnotations(request.scope);
  const [wholeLibrary, setWholeLibrary] = useState(false);
  const scope = wholeLibrary ? ALL_ANNOTATIONS.scope : request.scope;
  const [format, setFormat] = useState<ExportFormat>('md');
  const [group, setGroup] = useState<ReportGrouping>('article');
  const [fullText, setFullText] = useState(false);
  const [includeComparison, setIncludeComparison] = useState(true);
  const [chosenView, setChosenView] = useState<PreviewView | null>(null);
  const choice = formatChoice(format);
  // PDF and Word are the report itself, as bytes: their preview is the Report view.
  const fileViewable = format !== 'pdf' && format !== 'docx';
  const view: PreviewView = fileViewable ? (chosenView ?? (choice.kind === 'report' ? 'report' : 'file')) : 'report';
  const comparable = canIncludeComparison(scope);
  const options = { group, fullText, includeComparison: comparable && includeComparison };

  const report = useRenderedExport({ scope, format: 'html', options });
  // The file's own text only while it is looked at (an HTML file is the report's own text).
  const otherFile = useRenderedExport(view === 'file' && format !== 'html' ? { scope, format, options } : null);
  const file = format === 'html' ? report : otherFile;

  const info = useLibraryInfo();
  const desktop = info?.mode === 'desktop';
  const [saving, setSaving] = useState<{ job: ExportJob; startedAt: number } | null>(null);
  const progress = useExportProgress(saving?.job.jobId ?? null);
  // What the last Save did, shown until the user changes what to export.
  const choiceKey = JSON.stringify({ scope, format, options });
  const [lastOutcome, setLastOutcome] = useState<{ key: string; text: string } | null>(null);
  const outcome = lastOutcome?.key === choiceKey ? lastOutcome.text : null;
  const setOutcome = (text: string | null) => setLastOutcome(text === null ? null : { key: choiceKey, text });

  const save = async () => {
    const input: ExportInput = { scope, format, options };
    const job = startExport(input);
    setSaving({ job, startedAt: performance.now() });
    setOutcome(null);
    try {
      const rendered = await job.done;
      if (desktop) {
        const path = await saveExportWithDialog(rendered);
        setOutcome(path ? `Saved ${path}` : null);
      } else {
        downloadExport(rendered);
        setOutcome(`Downloaded ${rendered.fileName} (${fileSize(rendered.bytes)})`);
      }
    } catch (error) {
      if (error instanceof ApiError && error.error.code === 'cancelled') setOutcome('Cancelled: nothing was saved.');
      else toast.showError(error);
    } finally {
      setSaving((current) => (current?.job === job ? null : current));
    }
  };

  const cancelSave = () => {
    saving?.job.cancel();
  };
  const close = () => {
    saving?.job.cancel();
    onClose();
  };

  const fileForFooter = view === 'file' ? file.rendered : null;
  return (
    <Dialog
      open
      title="Export"
      subtitle="A report of highlights and notes with the sources they cite, or the sources as citations."
      onClose={close}
      width={1120}
      testId="export-dialog"
      footer={
        <>
          <div className="export-dialog__status" aria-live="polite">
            {saving ? (
              <div className="export-dialog__progress" data-testid="export-progress">
                <ProgressBar
                  size="sm"
                  value={progress && progress.total > 0 ? progress.done : null}
                  max={progress?.total ?? 0}
                  label="Export progress"
                />
                <span>{progressText(progress)}</span>
              </div>
            ) : outcome ? (
              <span data-testid="export-outcome">{outcome}</span>
            ) : fileForFooter ? (
              <span className="export-dialog__file">
                {fileForFooter.fileName} · {fileSize(fileForFooter.bytes)}
              </span>
            ) : null}
          </div>
          {saving ? (
            <Button onClick={cancelSave} data-testid="export-cancel">
              Cancel export
            </Button>
          ) : (
            <Button onClick={close}>Close</Button>
          )}
          <Button
            variant="primary"
            icon={desktop ? 'file' : 'import'}
            busy={saving !== null}
            onClick={() => void save()}
            data-testid="export-save"
          >
            {desktop ? 'Save…' : 'Download'}
          </Button>
        </>
      }
    >
      <div className="export-dialog">
        <div className="export-dialog__settings">
          <fieldset className="export-field">
            <legend className="export-field__legend">What</legend>
            <label className="export-radio">
              <input
                type="radio"
                name={`${ids}-scope`}
                checked={!wholeLibrary}
                onChange={() => setWholeLibrary(false)}
                data-testid="export-scope-given"
                data-autofocus
              />
              <span className="export-radio__label" data-testid="export-scope-label">
                {request.label}
              </span>
            </label>
            {offerAll ? (
              <label className="export-radio">
                <input
                  type="radio"
                  name={`${ids}-scope`}
                  checked={wholeLibrary}
                  onChange={() => setWholeLibrary(true)}
                  data-testid="export-scope-all"
                />
                <span className="export-radio__label">{ALL_ANNOTATIONS.label}</span>
              </label>
            ) : null}
          </fieldset>

          <fieldset className="export-field">
            <legend className="export-field__legend">Format</legend>
            <div className="export-formats">
              {FORMAT_CHOICES.map((c) => (
                <label key={c.format} className="export-format" title={c.hint}>
                  <input
                    type="radio"
                    name={`${ids}-format`}
                    value={c.format}
                    checked={format === c.format}
                    onChange={() => {
                      setFormat(c.format);
                      setChosenView(null);
                    }}
                    data-testid={`export-format-${c.format}`}
                  />
                  <span className="export-format__label">{c.label}</span>
                </label>
              ))}
            </div>
            <p className="export-field__hint" data-testid="export-format-hint">
              {choice.label}: {choice.hint}.
            </p>
          </fieldset>

          <fieldset className="export-field" disabled={choice.kind !== 'report'}>
            <legend className="export-field__legend">Report</legend>
            <div className="export-option">
              <span className="export-option__label" id={`${ids}-group`}>
                Group highlights by
              </span>
              <div className="export-seg" role="group" aria-labelledby={`${ids}-group`}>
                {GROUPINGS.map((g) => (
                  <button
                    key={g.value}
                    type="button"

                    aria-pressed={group === g.value}
                    className="export-seg__item"
                    onClick={() => setGroup(g.value)}
                    data-testid={`export-group-${g.value}`}
                  >
                    {g.label}
                  </button>
                ))}
              </div>
            </div>
            <div className="export-option">
              <span className="export-option__label" id={`${ids}-text`}>
                Text
              </span>
              <div className="export-seg" role="group" aria-labelledby={`${ids}-text`}>
                <button
                  type="button"

                  aria-pressed={!fullText}
                  className="export-seg__item"
                  onClick={() => setFullText(false)}
                  data-testid="export-excerpts"
                >
                  Excerpts
                </button>
                <button
                  type="button"

                  aria-pressed={fullText}
                  className="export-seg__item"
                  onClick={() => setFullText(true)}
                  data-testid="export-full-text"
                >
                  Full texts
                </button>
              </div>
            </div>
            <div className="export-option">
              <Switch
                checked={comparable && includeComparison}
                onChange={setIncludeComparison}
                disabled={!comparable}
                label="Include the comparison"
                testId="export-include-comparison"
              />
            </div>
            <p className="export-field__hint">
              {choice.kind !== 'report'
                ? `${choice.label} lists ${format === 'json' || format === 'csv' ? 'each highlight' : 'the sources'}; grouping and full texts are for reports.`
                : comparable
                  ? 'The comparison: overlap between the sources, wire copies, quotes worded differently, figures that disagree.'
                  : 'A story or a comparison of 2–12 articles also has its comparison.'}
            </p>
          </fieldset>
        </div>

        <section className="export-preview" aria-label="Preview">
          <div className="export-preview__bar">
            <div className="export-seg" role="group" aria-label="Preview">
              <button
                type="button"

                aria-pressed={view === 'report'}
                className="export-seg__item"
                onClick={() => setChosenView('report')}
                data-testid="export-view-report"
              >
                Report
              </button>
              <button
                type="button"

                aria-pressed={view === 'file'}
                disabled={!fileViewable}
                className="export-seg__item"
                onClick={() => setChosenView('file')}
                data-testid="export-view-file"
              >
                {choice.label} file
              </button>
            </div>
            <span className="export-preview__note">
              {view === 'report' ? 'The report as the HTML and PDF files show it' : 'The file as it will be saved'}
            </span>
          </div>
          <ExportPreview view={view} report={report} file={file} onEscape={close} />
        </section>
      </div>
    </Dialog>
  );
}
