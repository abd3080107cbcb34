import { useMemo, useRef } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { Spinner } from '../../components/Spinner';
import type { RenderedState } from './useRenderedExport';
import { splitReportHtml } from './previewDocument';

/** The preview's two views: the report as a page, or the file's own text. */
export type PreviewView = 'report' | 'file';

/** Text longer than this is cut in the File view (the saved file has all of it). */
const TEXT_LIMIT = 200_000;

/** Props of {@link ExportPreview}. */
export interface ExportPreviewProps {
  view: PreviewView;
  /** The HTML report, for the Report view. */
  report: RenderedState;
  /** The chosen format's file, for the File view. */
  file: RenderedState;
  /** Esc pressed inside the report's frame (its key events do not reach the dialog). */
  onEscape: () => void;
}

/**
 * The live preview. The Report view shows the exported HTML in a sandboxed frame: no
 * `allow-scripts`, so nothing in it can ever run, whatever an article or note holds (the report
 * escapes it as text anyway, and its own CSP forbids script). The File view shows the file's text.
 */
export function ExportPreview({ view, report, file, onEscape }: ExportPreviewProps) {
  const state = view === 'report' ? report : file;
  return (
    <div className="export-preview__stage" aria-busy={state.loading} data-testid="export-preview">
      {state.error ? (
        <EmptyState icon="alert" title="No preview">
          <p data-testid="export-preview-error">{state.error}</p>
        </EmptyState>
      ) : state.rendered === null ? (
        <div className="export-preview__waiting">
          <Spinner size={18} />
        </div>
      ) : view === 'report' ? (
        <ReportFrame html={state.rendered.content} onEscape={onEscape} />
      ) : state.rendered.encoding === 'base64' ? (
        <EmptyState icon="file" title={state.rendered.fileName}>
          <p>A binary file: the Report view shows what it holds.</p>
        </EmptyState>
      ) : (
        <FileText text={state.rendered.content} />
      )}
      {state.loading && state.rendered !== null ? (
        <div className="export-preview__updating" role="status">
          <Spinner size={12} /> Updating
        </div>
      ) : null}
    </div>
  );
}

function ReportFrame({ html, onEscape }: { html: string; onEscape: () => void }) {
  const doc = useMemo(() => splitReportHtml(html), [html]);
  const ref = useRef<HTMLIFrameElement>(null);
  // Where the reader was: an option changed re-renders the page, which should stay in place.
  const scrollTop = useRef(0);
  const onLoad = () => {
    const frame = ref.current;
    const frameDocument = frame?.contentDocument;
    const frameWindow = frame?.contentWindow as unknown as typeof globalThis | null | undefined;
    if (!frameDocument || !frameWindow) return;
    // NB: a constructed sheet can only be adopted by the document whose window made it.
    const sheet = new frameWindow.CSSStyleSheet();
    sheet.replaceSync(doc.css);
    frameDocument.adoptedStyleSheets = [sheet];
    frameWindow.scrollTo(0, scrollTop.current);
    frameWindow.addEventListener('scroll', () => {
      scrollTop.current = frameWindow.scrollY;
    });
    frameDocument.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') onEscape();
    });
  };
  return (
    <iframe
      ref={ref}
      className="export-preview__frame"
      title="Preview of the report"
      // allow-same-origin without allow-scripts: the app can style the page; nothing in it runs.
      sandbox="allow-same-origin"
      srcDoc={doc.html}
      onLoad={onLoad}
      data-testid="export-preview-frame"
    />
  );
}

function FileText({ text }: { text: string }) {
  const cut = text.length > TEXT_LIMIT;
  return (
    <pre className="export-preview__text" tabIndex={0} aria-label="The file’s text" data-testid="export-preview-text">
      {cut ? text.slice(0, TEXT_LIMIT) : text}
      {cut ? `\n\n… the file goes on; it holds ${Math.round(text.length / 1000)}k characters in all.` : ''}
    </pre>
  );
}
