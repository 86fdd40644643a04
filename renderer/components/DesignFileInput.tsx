import { DESIGN_FILE_EXTENSION } from '../../shared/model';

/**
 * The browser's way to pick design files (the desktop app uses native dialogs). It hands over
 * the picked files and clears itself, so picking the same file again still counts.
 */
export function DesignFileInput({
  label,
  multiple = false,
  onFiles,
}: {
  label: string;
  multiple?: boolean;
  /** Called only with at least one file. */
  onFiles: (files: [File, ...File[]]) => void;
}) {
  return (
    <input
      type="file"
      multiple={multiple}
      accept={`${DESIGN_FILE_EXTENSION},application/json`}
      aria-label={label}
      onChange={(event) => {
        const files = [...(event.currentTarget.files ?? [])];
        event.currentTarget.value = '';
        if (files.length > 0) onFiles(files as [File, ...File[]]);
      }}
    />
  );
}
