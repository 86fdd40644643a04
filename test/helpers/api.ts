import { API, ApiError, type ApiMethod, type DesignerApi } from '../../shared/api';
import { dispatch } from '../../main/api/dispatch';
import { createHandlers, type Services } from '../../main/api/handlers';

/** The services behind dispatch(), as the Electron transport uses them (minus IPC). */
export function directApi(services: Services): DesignerApi {
  const handlers = createHandlers(services, { transport: 'electron' });
  return Object.fromEntries(
    Object.keys(API).map((method) => [
      method,
      async (args: unknown) => {
        const result = await dispatch(handlers, method, args, 'electron');
        if (!result.ok) throw ApiError.from(result.error);
        // Results are checked against the contract too.
        return API[method as ApiMethod].result.parse(result.result);
      },
    ]),
  ) as DesignerApi;
}
