/**
 * Last-resort text of a DOCX main part, for documents mammoth reads as empty although they hold
 * text (text only in fields, ruby, or structures mammoth does not walk). Runs of `<w:t>` are
 * collected per paragraph with patterns; there is no DTD or entity processing, so nothing external
 * can be pulled in. Ruby annotations (`<w:rt>`, the small reading aids) are dropped.
 */
import { decodeEntities } from './entities';

/** Plain text of `word/document.xml`: paragraphs in order, separated by blank lines. */
export function docxFallbackText(documentXml: string): string {
  const body = documentXml.replace(/<w:rt\b[\s\S]*?<\/w:rt>/g, '').replace(/<w:instrText\b[\s\S]*?<\/w:instrText>/g, '');
  const paragraphs: string[] = [];
  for (const paragraph of body.split(/<\/w:p>/)) {
    let text = '';
    const runs = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\s*\/>|<w:br\s*\/>/g;
    for (let m = runs.exec(paragraph); m; m = runs.exec(paragraph)) {
      if (m[1] !== undefined) text += decodeEntities(m[1]);
      else text += m[0].startsWith('<w:tab') ? '\t' : '\n';
    }
    if (text.trim()) paragraphs.push(text.trim());
  }
  return paragraphs.join('\n\n');
}
