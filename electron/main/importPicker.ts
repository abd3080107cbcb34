import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';

/**
 * The options of the system's picker behind the import dialog's Choose… (and Import…, which opens
 * it at once). NB: the picker only adds paths to the import dialog's list; the import itself waits
 * for the dialog's Import, after its details (outlet, collection, language). So its button says
 * "Add to import", not "Import": a user pressing "Import" there would expect the import to start.
 */
export function importPickerOptions(folders: boolean): OpenDialogOptions {
  return {
    title: 'Choose what to import',
    buttonLabel: 'Add to import',
    properties: folders ? ['openDirectory', 'openFile', 'multiSelections'] : ['openFile', 'multiSelections']
  };
}

/**
 * Asks the system's picker (Electron's `dialog.showOpenDialog`, passed in so tests can stand in
 * for it) for paths to import; none when the user cancels.
 */
export async function pickImportPaths(
  show: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>,
  folders: boolean
): Promise<string[]> {
  const result = await show(importPickerOptions(folders));
  return result.canceled ? [] : result.filePaths;
}
