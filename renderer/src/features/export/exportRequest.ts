import type { AnnotationFilter } from '@shared/contract/annotationSchemas';
import type { ExportScope } from '@shared/contract/exportSchemas';
import { plural } from '../../lib/format';

/** What an entry point asks the Export dialog for: a scope, and that scope in words. */
export interface ExportRequest {
  readonly scope: ExportScope;
  /** The scope as the dialog names it (`“Talks fail in Daraa”`, `3 picked articles`). */
  readonly label: string;
}

/** Every highlight and note of the library: the widest scope, always offered. */
export const ALL_ANNOTATIONS: ExportRequest = {
  scope: { kind: 'annotations', filter: {} },
  label: 'Every highlight and note in the library'
};

/** One article (the reader's). */
export function articleRequest(id: number, title: string): ExportRequest {
  return { scope: { kind: 'articles', articleIds: [id] }, label: `The article “${title}”` };
}

/** Articles picked in the library or the search results. */
export function picksRequest(ids: readonly number[]): ExportRequest {
  return { scope: { kind: 'articles', articleIds: [...ids] }, label: `The ${plural(ids.length, 'picked article')}` };
}

/** A story, by its name. */
export function storyRequest(id: number, name: string): ExportRequest {
  return { scope: { kind: 'story', storyId: id }, label: `The story “${name}”` };
}

/** A comparison of 2–12 articles (a story's, when it has a name). */
export function compareRequest(ids: readonly number[], title: string | null): ExportRequest {
  const what = `comparison of ${plural(ids.length, 'article')}`;
  return { scope: { kind: 'compare', articleIds: [...ids] }, label: title ? `The ${what}: “${title}”` : `The ${what}` };
}

/** The articles a search finds. */
export function searchRequest(query: string): ExportRequest {
  return { scope: { kind: 'search', query: query.trim() }, label: `The results of the search “${query.trim()}”` };
}

/** The notes panel's current filter; an empty filter is the whole library. */
export function notesRequest(filter: AnnotationFilter, shown: number | undefined): ExportRequest {
  if (isEmptyFilter(filter)) return ALL_ANNOTATIONS;
  const count = shown === undefined ? '' : ` (${plural(shown, 'entry', 'entries')})`;
  return { scope: { kind: 'annotations', filter }, label: `The notes panel’s filter${count}` };
}

/** True for the scope of every annotation. */
export function isAllAnnotations(scope: ExportScope): boolean {
  return scope.kind === 'annotations' && isEmptyFilter(scope.filter ?? {});
}

/** Whether the scope can carry a comparison (a story's is made when it has 2–12 articles). */
export function canIncludeComparison(scope: ExportScope): boolean {
  return scope.kind === 'story' || scope.kind === 'compare';
}

function isEmptyFilter(filter: AnnotationFilter): boolean {
  return Object.values(filter).every((v) => v === undefined || (Array.isArray(v) && v.length === 0) || v === '');
}
