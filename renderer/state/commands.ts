import { CREDENTIAL_FORMATS } from '../../shared/credentials/formats';
import { commandById, type CommandId, type CredentialCommandId, type ExportCommandId } from '../../shared/commands';
import { DOCUMENT_KINDS, EXPORT_FORMATS } from '../../shared/document/model';
import { exportCredential, exportDocument, openFileWithDialog, saveDesign, saveDesignAs } from './actions';
import { useAppStore } from './app-store';
import { redo, undo } from './design-store';
import { switchLanguage } from './language';
import { startMerge } from './merge';

/** The exports run as their descriptors are generated: every document kind × format. */
const EXPORT_RUNS = Object.fromEntries(
  DOCUMENT_KINDS.flatMap((kind) =>
    EXPORT_FORMATS.map((format) => [`export:${kind}:${format}`, () => void exportDocument(kind, format)]),
  ),
) as Record<ExportCommandId, () => void>;

/** The credential exports, one per format. */
const CREDENTIAL_RUNS = Object.fromEntries(
  CREDENTIAL_FORMATS.map((format) => [`export-credential:${format}`, () => void exportCredential(format)]),
) as Record<CredentialCommandId, () => void>;

/**
 * What each command runs (the descriptors, with labels, keys and where they appear, are in
 * shared/commands.ts). A command the descriptors list without a run here fails the type check.
 */
export const COMMAND_RUNS: Record<CommandId, () => void> = {
  new: () => useAppStore.getState().set({ screen: 'start' }),
  open: () => void openFileWithDialog(),
  save: () => void saveDesign(),
  'save-as': () => void saveDesignAs(),
  merge: () => void startMerge(),
  undo,
  redo,
  ...EXPORT_RUNS,
  ...CREDENTIAL_RUNS,
};

/** May this command run now (a design open where it needs one, review mode where it is allowed)? */
export function commandEnabled(id: CommandId): boolean {
  const command = commandById(id);
  if (!command) return false;
  const { screen, mode } = useAppStore.getState();
  return (!command.needsDesign || screen === 'design') && (command.inReview || mode !== 'review');
}

/**
 * Runs a command from the native menu or a keyboard shortcut when it is enabled; anything else
 * is ignored. Buttons call COMMAND_RUNS directly: they are shown only where they apply.
 */
export function runCommand(id: string): void {
  // View › Language sends "language:<code>": one radio item per locale found, not a descriptor each.
  const language = /^language:([\w-]+)$/.exec(id);
  if (language) {
    void switchLanguage(language[1]!);
    return;
  }
  const command = commandById(id);
  if (command && commandEnabled(command.id)) COMMAND_RUNS[command.id]();
}
