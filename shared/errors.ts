import { messageAt } from './i18n/languages';
import en from './i18n/locales/en.json';

/** The sentence of an error, whatever was thrown (an Error, a string, a rejected value). */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A value that fills in a message: text, a number, or a message of its own (translated first). */
export type MessageParam = string | number | Partial<Message>;
export type MessageParams = Record<string, MessageParam>;

/** Where a sentence is in the message catalogue (shared/i18n/locales, under `errors`). */
export interface MessageKey {
  key: string;
  params?: MessageParams;
}

/**
 * A sentence that can be shown in any language: its English (for logs, and the fallback) and,
 * when it is in the catalogue, its key and params. Errors, their details and file problems are
 * messages.
 */
export interface Message extends Partial<MessageKey> {
  message: string;
}

const lookup = (key: string): string | undefined => messageAt(en, key);

const englishPlural = new Intl.PluralRules('en');

/**
 * The English of a catalogue message, without i18next (the CLI loads it only to translate):
 * the subset of i18next's syntax the `errors` messages use — `{{name}}`, `{{name, number}}`
 * and `_one`/`_other` plurals on `count`. A test holds it to i18next's output for every key.
 */
export function englishMessage(key: string, params: MessageParams = {}): string {
  const count = params['count'];
  const template =
    (typeof count === 'number' ? lookup(`${key}_${englishPlural.select(count)}`) : undefined) ?? lookup(key);
  if (template === undefined) return key;
  return template.replace(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (whole, name: string, format?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'object')
      return typeof value.key === 'string' ? englishMessage(value.key, value.params) : (value.message ?? '');
    return format === 'number' && typeof value === 'number' ? value.toLocaleString('en') : String(value);
  });
}

/** A catalogue message with its English, e.g. `message('errors.diskFull', { path })`. */
export const message = (key: string, params: MessageParams = {}): Message & MessageKey => ({
  key,
  params,
  message: englishMessage(key, params),
});

/** What an error carries to be shown in any language (ServiceError, ApiError and the wire format). */
export interface Described {
  /** English: for logs, and the fallback where a language lacks the key. */
  message: string;
  key?: string;
  params?: MessageParams;
  /** The details (problems of a file), in English. */
  details: string[];
  /** The key of each detail, aligned with `details`; null where a detail has none. */
  detailKeys: (MessageKey | null)[];
}

const keyOf = (text: string | Partial<Message>): MessageKey | null =>
  typeof text === 'object' && typeof text.key === 'string'
    ? text.params
      ? { key: text.key, params: text.params }
      : { key: text.key }
    : null;

/** An error's sentence and details, each given as text without a key or as a catalogue message. */
export function described(text: string | Message, details: readonly (string | Message)[] = []): Described {
  const main = keyOf(text);
  return {
    message: typeof text === 'string' ? text : text.message,
    ...main,
    details: details.map((detail) => (typeof detail === 'string' ? detail : detail.message)),
    detailKeys: details.map(keyOf),
  };
}

/**
 * An error whose sentence and details are catalogue messages (`message` and `details` in
 * English, `key`, `params` and `detailKeys` to show them in any language), told apart by its
 * class `name`: what the libraries below the services throw (the credential import's refusals,
 * a JSON-LD failure). The service that catches one keeps its key (`messageOfError`).
 */
export class MessageError extends Error implements Described {
  readonly key?: string;
  readonly params?: MessageParams;
  readonly details: string[];
  readonly detailKeys: (MessageKey | null)[];
  /** `text` is a catalogue message (`message('errors.…', params)`), or plain text shown as it is. */
  constructor(text: string | Message, details: readonly (string | Message)[] = []) {
    const all = described(text, details);
    super(all.message);
    this.key = all.key;
    this.params = all.params;
    this.details = all.details;
    this.detailKeys = all.detailKeys;
  }
}

/**
 * A MessageError with a stable code (ServiceError in the services, ApiError on the wire).
 */
export class DescribedError<Code extends string> extends MessageError {
  constructor(
    readonly code: Code,
    text: string | Message,
    details: readonly (string | Message)[] = [],
  ) {
    super(text, details);
  }
}

/**
 * What shows a catalogue message in a language: i18next's `t` (the app, the documents) or the
 * CLI's own small translator (main/cli/i18n.ts). A key it lacks comes back as the key.
 */
export type MessageTranslator = (key: string, options: Record<string, string | number>) => unknown;

const describedBy = (value: unknown): Partial<Described> =>
  typeof value === 'object' && value !== null ? (value as Partial<Described>) : {};

/**
 * An error's sentence as a message: keyed when the error is (a MessageError, or one that crossed
 * a thread or the wire as data), else its English. To wrap it in another error, or as a param.
 */
export function messageOfError(error: unknown): Message {
  const { key, params, message: english } = describedBy(error);
  const text = typeof english === 'string' ? english : messageOf(error);
  if (typeof key !== 'string') return { message: text };
  return params ? { message: text, key, params } : { message: text, key };
}

/** An error's details as messages, keyed where they are. */
export function detailMessagesOf(error: unknown): Message[] {
  const { details, detailKeys } = describedBy(error);
  if (!Array.isArray(details)) return [];
  return details.map((detail, index) => ({ message: String(detail), ...detailKeys?.[index] }));
}

/** All an error says, as plain data: what a worker thread replies (a structured clone keeps no class). */
export const describedOf = (error: unknown): Described => described(messageOfError(error), detailMessagesOf(error));

/** A message in the translator's language: its key and params when it has them, else its English. */
export function translateMessage(t: MessageTranslator, text: Partial<Message>): string {
  if (typeof text.key !== 'string') return text.message ?? '';
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params ?? {}))
    params[name] = typeof value === 'object' ? translateMessage(t, value) : value;
  const fallback = text.message ?? englishMessage(text.key, text.params);
  const translated: unknown = t(text.key, { ...params, defaultValue: fallback });
  // A translator not ready yet (i18next before init answers "" or the key) shows the English.
  return typeof translated === 'string' && translated !== '' && translated !== text.key ? translated : fallback;
}

/**
 * Any error as text in the translator's language: a ServiceError or ApiError by its key and
 * params, anything else by its own (English) message. Every place that shows an error uses it.
 */
export function errorMessage(t: MessageTranslator, error: unknown): string {
  return translateMessage(t, messageOfError(error));
}

/** The error's details (the problems of a file, one per line) in the translator's language. */
export function errorDetails(t: MessageTranslator, error: unknown): string[] {
  return detailMessagesOf(error).map((detail) => translateMessage(t, detail));
}
