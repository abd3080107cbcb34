import { figureWordings } from '@shared/compare/numbers/figureWordings';
import type { ReportComparison } from './reportModel';

/**
 * One disagreeing figure as a line of the report's "Figures that disagree": what is counted, then
 * each wording once with every article printing it (`People displaced: between 270,000 and 330,000
 * people (B; D; E) vs 320,000 people (F)`), in every export format alike.
 *
 * @param articleLabel how the report names an article (its title, or its letter).
 * @param escape the format's escaping of text (HTML entities, Markdown); applied to wordings and the label.
 */
export function figuresLine(
  figure: ReportComparison['disagreeingFigures'][number],
  articleLabel: (articleId: number) => string,
  escape: (text: string) => string = (text) => text
): string {
  const wordings = figureWordings(figure.figures).map(
    (w) => `${escape(w.text)} (${[...new Set(w.figures.map((f) => f.articleId))].map(articleLabel).join('; ')})`
  );
  return `${escape(figure.label)}: ${wordings.join(' vs ')}`;
}
