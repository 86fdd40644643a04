import { API, ApiError, availableOver, type ApiMethod, type ApiReply, type Transport } from '../../shared/api';
import { message, messageOf } from '../../shared/errors';
import { schemaProblems } from '../../shared/model';
import { quoted } from '../../shared/text';
import { ServiceError, storageError } from '../services/errors';
import type { Handlers } from './handlers';

export type DispatchResult = ApiReply;

const isSqliteError = (error: unknown) => String((error as { code?: unknown } | null)?.code).startsWith('SQLITE_');

export const isApiMethod = (name: string): name is ApiMethod => Object.hasOwn(API, name);

/** Converts anything thrown by a service into an error the renderer can show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const known = error instanceof ServiceError ? error : isSqliteError(error) ? storageError(error) : null;
  if (known) return ApiError.from({ ...known, message: known.message });
  const detail = messageOf(error);
  return new ApiError(
    'internal',
    message('errors.api.internal', { reason: detail.length > 200 ? `${detail.slice(0, 200)}…` : detail }),
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
    if (!isApiMethod(method))
      throw new ApiError('unknown-method', message('errors.api.unknownMethod', { method: quoted(method) }));
    if (!availableOver(method, transport))
      throw new ApiError('not-available', message('errors.api.notAvailable', { method }));
    const parsed = API[method].args.safeParse(rawArgs ?? {});
    if (!parsed.success) {
      const problems = schemaProblems(parsed.error, rawArgs);
      throw new ApiError(
        'invalid-arguments',
        message('errors.api.invalidArguments', { method, problem: problems[0]! }),
        problems,
      );
    }
    const handler = handlers[method] as (args: unknown) => unknown;
    return { ok: true, result: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toApiError(error).toJSON() };
  }
}
