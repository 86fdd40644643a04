import { API, ApiError, availableOver, type ApiErrorShape, type ApiMethod, type Transport } from '../../shared/api';
import { messageOf } from '../../shared/errors';
import { schemaProblems } from '../../shared/model';
import { quoted } from '../../shared/text';
import { ServiceError, storageError } from '../services/errors';
import type { Handlers } from './handlers';

export type DispatchResult = { ok: true; result: unknown } | { ok: false; error: ApiErrorShape };

const isSqliteError = (error: unknown) => String((error as { code?: unknown } | null)?.code).startsWith('SQLITE_');

export const isApiMethod = (name: string): name is ApiMethod => Object.hasOwn(API, name);

/** Converts anything thrown by a service into an error the renderer can show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const known = error instanceof ServiceError ? error : isSqliteError(error) ? storageError(error) : null;
  if (known) return new ApiError(known.code, known.message, known.details);
  const detail = messageOf(error);
  return new ApiError(
    'internal',
    `Something went wrong inside Challenge Designer: ${detail.length > 200 ? `${detail.slice(0, 200)}…` : detail}. Your work is kept; try again.`,
  );
}

/**
 * The one entry point both transports use: checks the method exists and that this transport
 * may call it, validates the arguments with the contract's schema, then calls the handler.
 * Nothing unvalidated reaches a service, and the browser reaches no path on this computer.
 */
export async function dispatch(
  handlers: Handlers,
  method: string,
  rawArgs: unknown,
  transport: Transport,
): Promise<DispatchResult> {
  try {
    if (!isApiMethod(method)) throw new ApiError('unknown-method', `There is no API method called ${quoted(method)}.`);
    if (!availableOver(method, transport))
      throw new ApiError(
        'not-available',
        `${method} is not available in the browser: it reads or writes a path on this computer. Upload or download the file instead.`,
      );
    const parsed = API[method].args.safeParse(rawArgs ?? {});
    if (!parsed.success) {
      const details = schemaProblems(parsed.error, rawArgs).map((p) => p.message);
      throw new ApiError('invalid-arguments', `${method} was called with invalid arguments: ${details[0]}`, details);
    }
    const handler = handlers[method] as (args: unknown) => unknown;
    return { ok: true, result: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toApiError(error).toJSON() };
  }
}
