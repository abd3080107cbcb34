import { useEffect, useEffectEvent, useState } from 'react';
import { pathsOfDroppedFiles } from '../../lib/api';

/**
 * Folders and files dropped anywhere on the window, as paths to import (desktop only: a browser
 * page is never told where a dropped file lives, so there `onUnsupported` explains instead).
 * Returns whether something is being dragged over the window, to show a drop target.
 *
 * NB: without preventDefault on dragover and drop, the window would navigate to the dropped file.
 */
export function useFileDrop(onPaths: (paths: string[]) => void, onUnsupported: () => void): boolean {
  const [dragging, setDragging] = useState(false);
  const handlePaths = useEffectEvent(onPaths);
  const handleUnsupported = useEffectEvent(onUnsupported);

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
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const paths = pathsOfDroppedFiles([...(event.dataTransfer?.files ?? [])]);
      if (paths === null) handleUnsupported();
      else if (paths.length > 0) handlePaths(paths);
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return dragging;
}
