import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Article } from '@shared/contract/schemas';
import { Menu, MenuItem, MenuSeparator } from '../../components/Menu';
import { useToast } from '../../components/useToast';
import { call } from '../../lib/api';
import { copyText } from '../../lib/clipboard';
import { plural } from '../../lib/format';
import { isMac } from '../../lib/platform';
import { compareProblem } from '../compare/useComparison';
import { useOpenExport } from '../export/exportContext';
import { articleRequest, picksRequest } from '../export/exportRequest';
import { EditDetailsDialog } from '../reader/EditDetailsDialog';
import { useArticle, useArticleSaved } from '../reader/useArticle';
import { MoveToStoryPopover } from '../stories/MoveToStoryMenu';
import { useWorkspace } from '../workspace/workspaceContext';
import { citationText, copyProblem, titleText } from './articleMenu';
import { BulkEditDialog } from './BulkEditDialog';

/** Where the context menu was asked for, and what it acts on (articleMenu.ts `menuScope`). */
export interface ArticleMenuRequest {
  /** Tells one opening from the next (a right-click on another row while one is open). */
  readonly key: number;
  /** The articles the menu acts on: the picks, or the row alone. */
  readonly ids: readonly number[];
  /** The row it was opened on (Open opens it); its title names a single article. */
  readonly rowId: number;
  readonly rowTitle: string;
  /** Where the menu's corner goes, in window pixels: the pointer, or under the row for the keyboard. */
  readonly x: number;
  readonly y: number;
}

/** Props of {@link ArticleMenu}. */
export interface ArticleMenuProps {
  request: ArticleMenuRequest | null;
  /** The menu with this key closed (Esc, a click outside, an item chosen). */
  onClose: (key: number) => void;
  /** Delete…: the list's confirmation, as the Delete key asks it. */
  onDelete: (ids: readonly number[]) => void;
  /** Open: how the list opens a row (search results record the search and open from elsewhere); the library's by default. */
  onOpen?: (id: number) => void;
}

/** What an item left open after the menu closed: the stories menu at the same place, or an Edit details dialog. */
type Follow =
  | { kind: 'move'; ids: readonly number[]; x: number; y: number }
  | { kind: 'edit'; id: number }
  | { kind: 'bulk-edit'; ids: readonly number[] };

/**
 * The context menu of the library list and the search results (right-click on a row, `Shift F10` or the Menu key): what can be
 * done to the row, or to the picked articles when it is one of them — Open, Compare, Move to
 * story…, Edit details…, Export…, Copy citation, Copy title, Delete…. Each item does what the
 * picks' bar, the reader or the Delete key does; one that cannot apply is disabled with the
 * reason in its tooltip. The shared `Menu` gives it its keys; Esc gives the keyboard back to the
 * list, on the row. Show file in folder is not offered: no host shows a file in its folder yet.
 */
export function ArticleMenu({ request, onClose, onDelete, onOpen }: ArticleMenuProps) {
  const workspace = useWorkspace();
  const toast = useToast();
  const openExport = useOpenExport();
  const [follow, setFollow] = useState<Follow | null>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const moveRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (request && menuRef.current) showAt(menuRef.current, request.x, request.y);
  }, [request]);
  const moving = follow?.kind === 'move' ? follow : null;
  useLayoutEffect(() => {
    if (moving && moveRef.current) showAt(moveRef.current, moving.x, moving.y);
  }, [moving]);

  // The keyboard goes back to the list (its cursor on the row) unless what was chosen took it.
  const backToList = () => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) workspace.focusList();
  };

  if (!request && !follow) return null;

  const copy = async (ids: readonly number[], what: 'citation' | 'title') => {
    try {
      const articles = await Promise.all(ids.map((id) => call('articles:get', { id })));
      await copyText(what === 'citation' ? citationText(articles) : titleText(articles));
      toast.showMessage(
        `Copied the ${what === 'citation' ? 'citation' : 'title'}${ids.length === 1 ? '' : 's'} of ${plural(ids.length, 'article')}.`
      );
    } catch (error) {
      toast.showError(error);
    }
  };

  const menu = request ? (
    <ArticleMenuItems
      key={request.key}
      request={request}
      menuRef={menuRef}
      onClosed={() => {
        onClose(request.key);
        backToList();
      }}
      pick={(action) => {
        menuRef.current?.hidePopover();
        action();
      }}
      actions={{
        open: () => (onOpen ? onOpen(request.rowId) : workspace.open(request.rowId, { focusReader: true })),
        compare: workspace.comparePicks,
        move: () => setFollow({ kind: 'move', ids: request.ids, x: request.x, y: request.y }),
        edit: () =>
          setFollow(request.ids.length === 1 ? { kind: 'edit', id: request.ids[0]! } : { kind: 'bulk-edit', ids: request.ids }),
        exportThem: () =>
          openExport(request.ids.length === 1 ? articleRequest(request.rowId, request.rowTitle) : picksRequest(request.ids)),
        copyCitation: () => void copy(request.ids, 'citation'),
        copyTitle: () => void copy(request.ids, 'title'),
        remove: () => onDelete(request.ids)
      }}
    />
  ) : null;

  const done = () => setFollow(null);
  return (
    <>
      {menu}
      {moving ? (
        <MoveToStoryPopover
          menuRef={moveRef}
          stories={workspace.stories ?? []}
          currentId={workspace.searching ? null : (workspace.story?.id ?? null)}
          onMove={(story) => workspace.storyActions.move(moving.ids, story)}
          onNewStory={() => workspace.storyActions.split(moving.ids)}
          onClose={() => {
            done();
            backToList();
          }}
        />
      ) : null}
      {follow?.kind === 'edit' ? <EditOne id={follow.id} onClose={done} /> : null}
      {follow?.kind === 'bulk-edit' ? (
        <BulkEditDialog ids={follow.ids} open onClose={done} onSaved={workspace.articlesEdited} />
      ) : null}
    </>
  );
}

/** What the items do; `pick` closes the menu first. */
interface ItemActions {
  open(): void;
  compare(): void;
  move(): void;
  edit(): void;
  exportThem(): void;
  copyCitation(): void;
  copyTitle(): void;
  remove(): void;
}

function ArticleMenuItems({
  request,
  menuRef,
  onClosed,
  pick,
  actions
}: {
  request: ArticleMenuRequest;
  menuRef: RefObject<HTMLDivElement | null>;
  onClosed: () => void;
  pick: (action: () => void) => void;
  actions: ItemActions;
}) {
  const count = request.ids.length;
  const many = count > 1;
  const copying = copyProblem(count);
  return (
    <Menu
      menuRef={menuRef}
      label={many ? `${plural(count, 'picked article')}` : `Article: ${request.rowTitle}`}
      className="article-menu"
      onClose={onClosed}
      testId="article-menu"
    >
      <MenuItem onClick={() => pick(actions.open)} title="Open it in the reader" testId="article-menu-open">
        Open
      </MenuItem>
      <MenuItem
        onClick={() => pick(actions.compare)}
        disabledReason={compareProblem(count)}
        title={`Compare the ${count} articles side by side`}
        testId="article-menu-compare"
      >
        {many ? `Compare ${count}` : 'Compare'}
      </MenuItem>
      <MenuSeparator />
      <MenuItem
        onClick={() => pick(actions.move)}
        title={`Move ${many ? 'them' : 'it'} to another story, or make a new one`}
        testId="article-menu-move"
      >
        Move to story…
      </MenuItem>
      <MenuItem
        onClick={() => pick(actions.edit)}
        title={
          many
            ? 'Set the outlet, date, collection or language of all of them'
            : 'Correct its title, outlet, byline, date, URL or language'
        }
        testId="article-menu-edit"
      >
        Edit details…
      </MenuItem>
      <MenuItem
        onClick={() => pick(actions.exportThem)}
        title="Export their highlights and notes, or cite them"
        testId="article-menu-export"
      >
        Export…
      </MenuItem>
      <MenuSeparator />
      <MenuItem
        onClick={() => pick(actions.copyCitation)}
        disabledReason={copying}
        title="Outlet, title, byline, date and URL, as reports cite a source"
        testId="article-menu-copy-citation"
      >
        {many ? 'Copy citations' : 'Copy citation'}
      </MenuItem>
      <MenuItem onClick={() => pick(actions.copyTitle)} disabledReason={copying} testId="article-menu-copy-title">
        {many ? 'Copy titles' : 'Copy title'}
      </MenuItem>
      <MenuSeparator />
      <MenuItem
        onClick={() => pick(actions.remove)}
        title="Asks first; their highlights and notes are kept"
        shortcut={isMac ? '⌫' : 'Del'}
        testId="article-menu-delete"
      >
        Delete…
      </MenuItem>
    </Menu>
  );
}

/** Edit details of one article (the reader's dialog), once the article has been read. */
function EditOne({ id, onClose }: { id: number; onClose: () => void }) {
  const { article } = useArticle(id);
  const saved = useArticleSaved();
  if (!article) return null;
  return <EditDetailsDialog article={article} open onClose={onClose} onSaved={(a: Article) => saved(a)} />;
}

/**
 * Opens a popover with its corner at (x, y), moved back inside the window when it would run past
 * its right or bottom edge (a row near the foot of the list).
 */
function showAt(element: HTMLElement, x: number, y: number): void {
  const margin = 4;
  Object.assign(element.style, { left: `${x}px`, top: `${y}px`, right: 'auto', bottom: 'auto', margin: '0' });
  if (!element.matches(':popover-open')) element.showPopover();
  const box = element.getBoundingClientRect();
  if (box.right > window.innerWidth - margin) element.style.left = `${Math.max(margin, x - box.width)}px`;
  if (box.bottom > window.innerHeight - margin) element.style.top = `${Math.max(margin, y - box.height)}px`;
}
