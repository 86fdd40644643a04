import type { Output } from './output';

/** Exit codes shared by all commands: 0 all good, 1 problems found, 2 unreadable input. */
export const EXIT = { ok: 0, problems: 1, unreadable: 2 } as const;

export interface CommandContext {
  output: Output;
  /** Raises the exit code (the worst outcome of all files wins). */
  setExit: (code: number) => void;
}
