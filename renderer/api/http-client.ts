import { API, ApiError, ApiErrorShape, type ApiMethod, type DesignerApi } from '../../shared/api';

export const TOKEN_HEADER = 'X-Designer-Token';

/**
 * The DesignerApi over HTTP (browser mode and end-to-end tests): `POST /api/<method>` with the
 * per-launch token. Errors come back as ApiError with the server's code and message.
 */
export function createHttpApi(baseUrl: string, token: string, fetchImpl: typeof fetch = fetch): DesignerApi {
  const call = async (method: ApiMethod, args: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      throw new ApiError(
        'offline',
        'Challenge Designer’s local server is not answering. Is the `serve` command still running?',
      );
    }
    const body = (await response.json().catch(() => ({}))) as { result?: unknown; error?: unknown };
    if (response.ok) return body.result;
    const error = ApiErrorShape.safeParse(body.error);
    if (error.success) throw new ApiError(error.data.code, error.data.message, error.data.details);
    throw new ApiError('http', `The local server answered ${response.status}.`);
  };
  return Object.fromEntries(
    Object.keys(API).map((method) => [method, (args: unknown) => call(method as ApiMethod, args)]),
  ) as DesignerApi;
}
