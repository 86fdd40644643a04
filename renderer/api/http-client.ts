import { API, ApiError, ApiErrorShape, TOKEN_HEADER, type ApiMethod, type DesignerApi } from '../../shared/api';
import { message } from '../../shared/errors';

/** The access key the calls carry; the reconnect step replaces it. */
export interface AccessKey {
  current: string;
}

/**
 * The DesignerApi over HTTP (browser mode and end-to-end tests): `POST /api/<method>` with the
 * access key. Errors come back as ApiError with the server's code and message, plus two codes of
 * the transport itself: `offline` (the server does not answer: it may be restarting) and
 * `access-refused` (401, or 403 "forbidden": this window's key is not the server's).
 */
export function createHttpApi(baseUrl: string, key: AccessKey, fetchImpl: typeof fetch = fetch): DesignerApi {
  const call = async (method: ApiMethod, args: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: key.current },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      throw new ApiError('offline', message('errors.api.offline'));
    }
    const body = (await response.json().catch(() => ({}))) as { result?: unknown; error?: unknown };
    if (response.ok) return body.result;
    const error = ApiErrorShape.safeParse(body.error);
    // 401, or 403 "forbidden" (a wrong key or host): retrying cannot help. Other 403s are answers
    // about the method (not available in the browser) and keep their own code.
    if (response.status === 401 || (response.status === 403 && (!error.success || error.data.code === 'forbidden')))
      throw new ApiError('access-refused', message('errors.api.accessRefused'));
    if (error.success) throw ApiError.from(error.data);
    throw new ApiError('http', message('errors.api.httpStatus', { status: response.status }));
  };
  return Object.fromEntries(
    Object.keys(API).map((method) => [method, (args: unknown) => call(method as ApiMethod, args)]),
  ) as DesignerApi;
}
