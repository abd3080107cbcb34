/**
 * Document properties (PDF info, DOCX core properties) describe the file, not always the article:
 * word processors fill them with file names and account names. These keep only plausible values.
 */
import { textValue } from './metaValues';

const JUNK_TITLE =
  /^(?:untitled|title|document\d*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pdf|indd|rtf|txt|html?|odt|qxd|tmp))$/i;
const JUNK_AUTHOR =
  /^(?:admin(?:istrator)?|user\d*|owner|unknown|author|default|guest|microsoft office user|windows user|[a-z]+\d{2,})$/i;

/** The title property unless it is a file name or a placeholder ("Microsoft Word - draft.docx", "Untitled"). */
export function plausibleTitle(value: unknown): string | undefined {
  const title = textValue(value);
  return title && title.length <= 300 && !JUNK_TITLE.test(title) ? title : undefined;
}

/** The author property unless it is an account placeholder ("Administrator", "Windows User", "jdoe42"). */
export function plausibleAuthor(value: unknown): string | undefined {
  const author = textValue(value);
  return author && author.length <= 200 && !JUNK_AUTHOR.test(author) ? author : undefined;
}
