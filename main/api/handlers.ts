import { refuseLibraryTarget } from '../services/library/library-files';
import { appHandlers } from './app-handlers';
import { catalogHandlers } from './catalog-handlers';
import { credentialHandlers } from './credential-handlers';
import { dialogsHandlers } from './dialogs-handlers';
import { exportHandlers } from './export-handlers';
import { filesHandlers } from './files-handlers';
import type { HandlerContext, Handlers, Platform } from './handler-types';
import { libraryHandlers } from './library-handlers';
import { mergeHandlers } from './merge-handlers';
import { pathwayHandlers } from './pathway-handlers';
import type { Services } from './services';

export type { Handler, Handlers, HandlerContext, Platform } from './handler-types';
export { openServices, type ServiceOptions, type Services } from './services';

/**
 * The service side of every API method, one module per area (`<area>-handlers.ts`, named after
 * the contract's method prefix); transports validate arguments before calling these. A contract
 * method without a handler fails the type check here.
 */
export function createHandlers(services: Services, platform: Platform): Handlers {
  const context: HandlerContext = {
    services,
    platform,
    library: () => services.library,
    writable: (path) => refuseLibraryTarget(path, services.libraryFolder),
  };
  return {
    ...appHandlers(context),
    ...libraryHandlers(context),
    ...filesHandlers(context),
    ...dialogsHandlers(context),
    ...exportHandlers(context),
    ...catalogHandlers(context),
    ...credentialHandlers(context),
    ...mergeHandlers(context),
    ...pathwayHandlers(context),
  };
}
