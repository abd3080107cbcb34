import { useEffect, useEffectEvent, useState } from 'react';
import { pathOfDroppedFile } from '../../lib/api';

/** Files and folders dropped on the window. */
export interface DroppedFiles {
  /** Their paths on disk, as the host gave them. */
  readonly paths: readonly string[];
  /**
   * The names of those whose path the host could not give: every dropped file in browser mode,
   * where a page is never told where a file lives (the user pastes its path instead).
   */
  readonly unplaced: readonly string[];
}

/**
 * Folders and files dropped anywhere on the window, handed to `onDrop` (which opens the import
 * dialog with them: a drop never imports by itself). Returns whether something is being dragged
 * over the window, to show a drop target.
 *
 * NB: without preventDefault on dragover and drop, the window would navigate to the dropped file.
 */
export function useFileDrop(onDrop: (dropped: DroppedFiles) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const handleDrop = useEffectEvent(onDrop);

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed; count them to know when the
    // pointer really left the window.
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDropEvent = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const paths: string[] = [];
      const unplaced: string[] = [];
      for (const file of event.dataTransfer?.files ?? []) {
        const path = pathOfDroppedFile(file);
        if (path) paths.push(path);
        else unplaced.push(file.name);
      }
      if (paths.length > 0 || unplaced.length > 0) handleDrop({ paths, unplaced });
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDropEvent);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDropEvent);
    };
  }, []);

  return dragging;
}
