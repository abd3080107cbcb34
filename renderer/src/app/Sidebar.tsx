import { SearchesSection } from '../features/searches/SearchesSection';
import { useRecentSearches, useSavedSearches, useSearchesActions } from '../features/searches/useSearches';
import { StoriesSidebar } from '../features/stories/StoriesSidebar';
import { useWorkspace } from '../features/workspace/workspaceContext';

/** The left column: the stories, then the saved and recent searches. */
export function Sidebar({ onHide }: { onHide: () => void }) {
  const { stories, story, chooseStory, info, compareStory, storyActions, state, setQuery } = useWorkspace();
  const saved = useSavedSearches();
  const recent = useRecentSearches();
  const searchesActions = useSearchesActions();
  return (
    <div className="app__sidebar">
      <StoriesSidebar
        stories={stories}
        activeId={story?.id ?? null}
        onActiveChange={chooseStory}
        articleCount={info?.articleCount}
        onCompare={compareStory}
        actions={storyActions}
        onHide={onHide}
      />
      <SearchesSection
        saved={saved}
        recent={recent}
        activeQuery={state.query.trim()}
        onPick={setQuery}
        onDelete={searchesActions.remove}
        onClearRecent={searchesActions.clearRecent}
      />
    </div>
  );
}
