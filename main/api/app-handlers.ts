import { join } from 'node:path';
import { PRODUCT_NAME } from '../../shared/product';
import { LIBRARY_FILE } from '../services/library/library';
import type { AreaHandlers, HandlerContext } from './handler-types';

/** What the page learns about the app: name, version, transport, library. */
export function appHandlers({ services, platform }: HandlerContext): AreaHandlers<'app'> {
  return {
    'app.info': () => ({
      name: PRODUCT_NAME,
      version: services.version,
      transport: platform.transport,
      libraryFolder: join(services.libraryFolder, LIBRARY_FILE),
      notice: services.notice,
      ...(services.noticeMessage?.key
        ? { noticeKey: { key: services.noticeMessage.key, params: services.noticeMessage.params } }
        : {}),
      nativeDialogs: platform.openDialog !== undefined,
    }),
  };
}
