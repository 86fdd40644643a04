import type { AreaHandlers, HandlerContext } from './handler-types';

/** The native dialogs a desktop transport supplies; without them (HTTP) each answers null. */
export function dialogsHandlers({ platform }: HandlerContext): AreaHandlers<'dialogs'> {
  return {
    'dialogs.openDesign': () => platform.openDialog?.() ?? null,
    'dialogs.openFolder': () => platform.openFolderDialog?.() ?? null,
    'dialogs.openPathway': () => platform.openPathwayDialog?.() ?? null,
    'dialogs.openDesigns': () => platform.openDesignsDialog?.() ?? [],
    'dialogs.saveFile': ({ suggestedName, extension }) => platform.saveDialog?.(suggestedName, extension) ?? null,
  };
}
