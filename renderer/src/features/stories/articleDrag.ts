import type { DragEvent } from 'react';

/** The drag data type of articles dragged from a list onto a story. */
const ARTICLES = 'application/x-crosscheck-articles';

/** Starts dragging articles (a row, or every picked row when the dragged one is picked). */
export function startArticleDrag(event: DragEvent, ids: readonly number[]): void {
  event.dataTransfer.setData(ARTICLES, JSON.stringify(ids));
  event.dataTransfer.setData('text/plain', ids.length === 1 ? '1 article' : `${ids.length} articles`);
  event.dataTransfer.effectAllowed = 'move';
}

/** True when articles are being dragged (their ids can only be read on drop). */
export function isArticleDrag(event: DragEvent): boolean {
  return event.dataTransfer.types.includes(ARTICLES);
}

/** The ids of the articles dropped, or an empty list for anything else. */
export function droppedArticles(event: DragEvent): number[] {
  try {
    const value: unknown = JSON.parse(event.dataTransfer.getData(ARTICLES) || '[]');
    return Array.isArray(value) ? value.filter((id): id is number => Number.isInteger(id) && id > 0) : [];
  } catch {
    return [];
  }
}
