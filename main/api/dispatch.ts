import { API, ApiError, type ApiErrorShape, type ApiMethod } from '../../shared/api';
import { messageOf } from '../../shared/errors';
import { schemaProblems } from '../../shared/model';
import { ServiceError } from '../services/errors';
import type { Handlers } from './handlers';

export type DispatchResult = { ok: true; result: unknown } | { ok: false; error: ApiErrorShape };

export const isApiMethod = (name: string): name is ApiMethod => Object.hasOwn(API, name);

/** Converts anything thrown by a service into an error the renderer can show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ServiceError) return new ApiError(error.code, error.message, error.details);
  const detail = messageOf(error);
  return new ApiError(
    'internal',
    `Something went wrong inside Challenge Designer: ${detail}. Your work is kept; try again.`,
  );
}

/**
 * The one entry point both transports use: checks the method exists, validates the arguments
 * with the contract's schema, then calls the handler. Nothing unvalidated reaches a service.
 */
export async function dispatch(handlers: Handlers, method: string, rawArgs: unknown): Promise<DispatchResult> {
  try {
    if (!isApiMethod(method)) throw new ApiError('unknown-method', `There is no API method called ${method}.`);
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
