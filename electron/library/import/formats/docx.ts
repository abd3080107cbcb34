/**
 * Word documents (.docx): text by mammoth (`extractRawText`: paragraphs, tables, lists as text; images
 * and external files never read), then footnotes and endnotes as `[1] …` paragraphs (docxNotes.ts), core properties as the file's metadata (`fileMeta`). The zip is inflated once under the
 * archive limits before mammoth sees it, because mammoth's unzip has no limits of its own.
 */
import type { ExtractContext, Extracted } from './context';
import { abortFailure, throwIfAborted } from './context';
import { crosscheckReportFailure, isCrosscheckDocxProperties } from './crosscheckReport';
import { readCoreProperties } from './docxCore';
import { docxFallbackText } from './docxFallbackText';
import { docxNotesText } from './docxNotes';
import { readTitleBlock, withoutTaken } from './docxTitleBlock';
import { firstXmlComplaint } from './docxXml';
import { CHECK_THE_FILE, ExtractFailure, errorMessage } from './failure';
import { isBlank, tidyText } from './plainText';
import { isCfb, isZip } from './sniff';
import { forEachZipEntry } from './zipRead';

const KIND = 'Word document';
/**
 * Parts mammoth always parses, checked with its parser first (see firstXmlComplaint). NB: only
 * these: a complaint about a part mammoth never reads must not fail a document it can read.
 */
const CHECKED_PARTS = /^word\/(document\d*|styles|numbering)\.xml$/i;
/** What a damaged Word document is told as (mammoth's reason goes in the detail). */
const DAMAGED =
  'This Word document is damaged and cannot be read; open it in Word (which can often repair it), save it again and import that.';

/** True for an OLE container holding an encrypted OOXML package (how Office stores password-protected .docx). */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  // The stream names are stored in UTF-16LE in the container's directory.
  const needle = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** Reads a .docx file as one article. */
export async function extractDocx(bytes: Uint8Array, ctx: ExtractContext): Promise<Extracted> {
  if (bytes.length === 0) throw new ExtractFailure('empty', `This Word document is empty (0 bytes); ${CHECK_THE_FILE}.`);
  if (isCfb(bytes)) {
    if (isEncryptedOoxml(bytes))
      throw new ExtractFailure(
        'encrypted',
        'This Word document is password-protected; open it in Word, remove the password, save it and import it again.'
      );
    throw new ExtractFailure(
      'unsupported',
      'This is an old Word 97–2003 document (.doc), which cannot be read; save it as .docx in Word and import that.'
    );
  }
  if (!isZip(bytes))
    throw new ExtractFailure(
      'corrupt',
      'This is not a Word document (.docx): its content is not a zip package. Open it in the program that made it and save it as .docx again.'
    );

  let coreXml: Uint8Array | undefined;
  let customXml: Uint8Array | undefined;
  let documentXml: Uint8Array | undefined;
  const noteXml: { footnotes?: Uint8Array; endnotes?: Uint8Array } = {};
  let hasDocumentPart = false;
  const xmlParts: Uint8Array[] = [];
  await forEachZipEntry(bytes, { limits: ctx.limits, budget: ctx.zipBudget, signal: ctx.signal, kind: KIND }, async (entry) => {
    const data = await entry.read();
    const path = entry.path.replace(/^\/+/, '');
    if (path === 'docProps/core.xml') coreXml = data;
    if (path === 'docProps/custom.xml') customXml = data;
    if (/^word\/document\d*\.xml$/i.test(path)) documentXml = data;
    if (CHECKED_PARTS.test(path)) xmlParts.push(data);
    const notes = /^word\/(footnotes|endnotes)\.xml$/i.exec(path)?.[1]?.toLowerCase() as keyof typeof noteXml | undefined;
    if (notes) noteXml[notes] = data;
    if (documentXml || path === '[Content_Types].xml') hasDocumentPart = true;
  });
  if (!hasDocumentPart)
    throw new ExtractFailure(
      'corrupt',
      'This is not a Word document (.docx): the package has no document part. Open it in the program that made it and save it as .docx again.'
    );
  throwIfAborted(ctx.signal);
  if (customXml && isCrosscheckDocxProperties(new TextDecoder('utf-8').decode(customXml))) throw crosscheckReportFailure();
  // NB: before mammoth, which would fail the same parts only after parsing them whole (minutes for
  // some damage): see firstXmlComplaint.
  for (const data of xmlParts) {
    const complaint = firstXmlComplaint(new TextDecoder('utf-8').decode(data));
    if (complaint !== undefined) throw new ExtractFailure('corrupt', DAMAGED, complaint);
  }

  let raw: { value: string; messages: { type: string; message: string }[] };
  try {
    // Loaded with the first Word file: an import without any never pays for it.
    const { default: mammoth } = await import('mammoth');
    raw = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  } catch (error) {
    if (ctx.signal.aborted) throw abortFailure(ctx.signal);
    const reason = errorMessage(error)
      .split('\n')[0]!
      .replace(/^error:\s*/i, '')
      .replace(/\[xmldom error\]\s*/, '');
    throw new ExtractFailure('corrupt', DAMAGED, reason);
  }
  const decode = (data: Uint8Array | undefined) => (data ? new TextDecoder('utf-8').decode(data) : undefined);
  let text = tidyText(raw.value);
  if (isBlank(text) && documentXml) text = tidyText(docxFallbackText(decode(documentXml)!));
  // Footnotes and endnotes after the body, as pandoc's plain text has them (docxNotes.ts).
  const notes = tidyText(
    docxNotesText({ document: decode(documentXml), footnotes: decode(noteXml.footnotes), endnotes: decode(noteXml.endnotes) })
  );
  if (isBlank(text) && isBlank(notes)) throw new ExtractFailure('empty', `This Word document has no text; ${CHECK_THE_FILE}.`);
  // Core properties describe the file (its creation date is the day it was saved): fallbacks only.
  const fileMeta = coreXml ? readCoreProperties(new TextDecoder('utf-8').decode(coreXml)) : {};
  // The title block's Author and Date paragraphs are the document's own metadata: read, and taken
  // out of the text (the byline and date would otherwise open the body as its first paragraphs).
  const block = documentXml ? readTitleBlock(new TextDecoder('utf-8').decode(documentXml)) : { meta: {}, taken: [] };
  const body = withoutTaken(text, block.taken);
  const main = isBlank(body) ? text : body;
  const withNotes = isBlank(notes) ? main : isBlank(main) ? notes : `${main}\n\n${notes}`;
  return { format: 'docx', articles: [{ text: withNotes, meta: block.meta, fileMeta }] };
}
