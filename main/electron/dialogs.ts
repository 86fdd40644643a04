import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import {
  dialog,
  type BrowserWindow,
  type FileFilter,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { SaveFileType } from '../../shared/api';
import type { Translate } from '../../shared/i18n';
import { DESIGN_FILE_TYPE, PATHWAY_FILE_TYPE } from '../../shared/product';
import type { Platform } from '../api/handlers';

/**
 * The path with its extension. Linux save dialogs (GTK, and the portal) do not add the filter's
 * extension, so "plan" would be saved without one: hidden by the Open filter, ignored by the
 * file association.
 */
export function withExtension(path: string, extension: SaveFileType): string {
  return extname(path).toLowerCase() === `.${extension}` ? path : `${path}.${extension}`;
}

/** A message box, modal to the window when there is one. */
export const showMessageBox = (parent: BrowserWindow | null, options: MessageBoxOptions) =>
  parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);

/** Native open and save dialogs for the services (Electron only; the browser uploads and downloads). */
export function nativeDialogs(
  window: () => BrowserWindow | null,
  t: Translate,
): Pick<Platform, 'openDialog' | 'openDesignsDialog' | 'openFolderDialog' | 'openPathwayDialog' | 'saveDialog'> {
  const FILTERS: Record<SaveFileType, FileFilter> = {
    [DESIGN_FILE_TYPE]: { name: t('dialogs.filterDesign'), extensions: [DESIGN_FILE_TYPE] },
    [PATHWAY_FILE_TYPE]: { name: t('dialogs.filterPathway'), extensions: [PATHWAY_FILE_TYPE] },
    docx: { name: t('dialogs.filterDocx'), extensions: ['docx'] },
    pdf: { name: t('dialogs.filterPdf'), extensions: ['pdf'] },
    jsonld: { name: t('dialogs.filterJsonLd'), extensions: ['jsonld'] },
    json: { name: t('dialogs.filterJson'), extensions: ['json'] },
  };
  // The dialogs are modal to the window when there is one; Electron accepts none as well.
  const showOpen = (options: OpenDialogOptions) => {
    const parent = window();
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
  };
  return {
    openFolderDialog: async () => {
      const result = await showOpen({ properties: ['openDirectory'] });
      return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
    },
    openDialog: async () => {
      const result = await showOpen({ filters: [FILTERS[DESIGN_FILE_TYPE]], properties: ['openFile'] });
      return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
    },
    /** Team members' copies to merge: one or several design files. */
    openDesignsDialog: async () => {
      const result = await showOpen({
        title: t('dialogs.mergeTitle'),
        buttonLabel: t('dialogs.mergeButton'),
        filters: [FILTERS[DESIGN_FILE_TYPE]],
        properties: ['openFile', 'multiSelections'],
      });
      return result.canceled ? [] : result.filePaths;
    },
    openPathwayDialog: async () => {
      const result = await showOpen({ filters: [FILTERS[PATHWAY_FILE_TYPE]], properties: ['openFile'] });
      return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
    },
    saveDialog: async (suggestedName, extension) => {
      const parent = window();
      const options: SaveDialogOptions = { defaultPath: suggestedName, filters: [FILTERS[extension]] };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      const path = withExtension(result.filePath, extension);
      // The dialog asked about replacing the name the user typed, not the one with the extension.
      if (path !== result.filePath && existsSync(path)) {
        const box: MessageBoxOptions = {
          type: 'question',
          message: t('dialogs.replaceMessage', { file: basename(path) }),
          detail: t('dialogs.replaceDetail'),
          buttons: [t('dialogs.replace'), t('dialogs.cancel')],
          defaultId: 1,
          cancelId: 1,
        };
        const { response } = await showMessageBox(parent, box);
        if (response !== 0) return null;
      }
      return path;
    },
  };
}
