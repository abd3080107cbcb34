import type { OpenDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { pickImportPaths } from './importPicker';

describe('the import picker (desktop)', () => {
  it('says what its button does, adding to the import, and hands back the chosen paths', async () => {
    const asked: OpenDialogOptions[] = [];
    const paths = await pickImportPaths(async (options) => {
      asked.push(options);
      return { canceled: false, filePaths: ['/home/ana/Daraa'] };
    }, true);
    expect(paths).toEqual(['/home/ana/Daraa']);
    expect(asked[0]).toMatchObject({ buttonLabel: 'Add to import', title: 'Choose what to import' });
    expect(asked[0]!.properties).toEqual(['openDirectory', 'openFile', 'multiSelections']);
  });

  it('offers files only when folders are not wanted, and gives nothing when cancelled', async () => {
    const asked: OpenDialogOptions[] = [];
    const paths = await pickImportPaths(async (options) => {
      asked.push(options);
      return { canceled: true, filePaths: ['/ignored'] };
    }, false);
    expect(paths).toEqual([]);
    expect(asked[0]!.properties).toEqual(['openFile', 'multiSelections']);
  });
});
