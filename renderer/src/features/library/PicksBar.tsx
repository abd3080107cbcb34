import { useWorkspace } from '../workspace/workspaceContext';
import { NO_PICKS } from './picks';
import { SelectionBar } from './SelectionBar';

/** The picked articles' actions at the foot of the library list or the results; nothing while none are picked. */
export function PicksBar() {
  const { state, setPicks, comparePicks, stories, story, searching, storyActions, articlesEdited, articlesDeleted } = useWorkspace();
  if (state.picks.size === 0) return null;
  const ids = [...state.picks];
  return (
    <SelectionBar
      ids={ids}
      onCompare={comparePicks}
      onClear={() => setPicks(NO_PICKS)}
      stories={stories ?? []}
      story={searching ? null : story}
      onMove={(target) => storyActions.move(ids, target)}
      onSplit={() => storyActions.split(ids, () => setPicks(NO_PICKS))}
      onEdited={articlesEdited}
      onDeleted={articlesDeleted}
    />
  );
}
