/**
 * The mark every exported report carries inside the file, so an import recognises a report that
 * was copied to another folder or machine (where the written-files list of the user data folder
 * does not know it) and leaves it out instead of storing it as an article that quotes the library.
 *
 * Where it is written, per format: HTML (and the HTML a PDF is printed from) `<meta
 * name="generator" content="Crosscheck report">`; Markdown a `generator: "Crosscheck report"`
 * line in the front matter; DOCX a custom document property `Generator` = `Crosscheck report`;
 * PDF the Creator and Producer `Crosscheck` (electron/library/export/pdfInfo.ts). CSV, CSL-JSON,
 * JSON-LD, RIS and BibTeX have no place a reader would keep, and rely on the written-files list.
 *
 * NB: the import matches only these places, never the words in the text: an article about
 * Crosscheck (or quoting a report) is still an article.
 */

/** What the HTML, Markdown and DOCX marks hold. */
export const REPORT_GENERATOR = 'Crosscheck report';

/** The name of the DOCX custom document property that holds {@link REPORT_GENERATOR}. */
export const DOCX_GENERATOR_PROPERTY = 'Generator';

/** Why an import leaves a report out: the same sentence whichever way it was recognised. */
export const CROSSCHECK_REPORT_REASON =
  'This is a report exported by Crosscheck, not an article, so it was left out; import the articles it quotes instead.';
