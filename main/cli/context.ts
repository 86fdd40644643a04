import {
  errorDetails,
  errorMessage,
  message,
  messageOf,
  translateMessage,
  type MessageTranslator,
} from '../../shared/errors';
import { ServiceError } from '../services/errors';
import type { CliTranslate } from './i18n';
import type { Output } from './output';

/**
 * Exit codes shared by all commands: 0 all good, 1 problems found, 2 unreadable input or a
 * wrong option, 70 a fault inside Challenge Designer (sysexits' EX_SOFTWARE).
 */
export const EXIT = { ok: 0, problems: 1, unreadable: 2, usage: 2, internal: 70 } as const;

export interface CommandContext {
  output: Output;
  /** Raises the exit code (the worst outcome of all files wins). */
  setExit: (code: number) => void;
  /** What the CLI says, in its language (`--lang`, else the environment's; main/cli/i18n.ts). */
  t: CliTranslate;
}

const shortMessage = (error: unknown) => {
  const message = messageOf(error).replace(/\s+/g, ' ').replace(/\.$/, '');
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
};

/**
 * A fault nobody planned for, as one sentence: the CLI never prints a stack trace. Without a
 * translator, English (no i18next to load).
 */
export const internalMessage = (error: unknown, t?: MessageTranslator) => {
  const text = message('errors.cli.internal', { reason: shortMessage(error) });
  return t ? translateMessage(t, text) : text.message;
};

/** What to print about one file that could not be handled: the problems, or the fault (in `t`'s language; else English). */
export function problemLines(error: unknown, t?: MessageTranslator): string[] {
  if (error instanceof ServiceError) {
    if (!t) return error.details.length > 0 ? error.details : [error.message];
    return error.details.length > 0 ? errorDetails(t, error) : [errorMessage(t, error)];
  }
  const text = message('errors.cli.internalReading', { reason: shortMessage(error) });
  return [t ? translateMessage(t, text) : text.message];
}
