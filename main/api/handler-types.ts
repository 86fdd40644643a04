import type { ApiMethod, ApiParsedArgs, ApiResult, SaveFileType, Transport } from '../../shared/api';
import type { Library } from '../services/library/library';
import type { Services } from './services';

/** A handler per contract method, typed from the method's schemas (arguments as parsed). */
export type Handler<M extends ApiMethod> = (args: ApiParsedArgs<M>) => Promise<ApiResult<M>> | ApiResult<M>;
export type Handlers = { [M in ApiMethod]: Handler<M> };
/** The handlers of one area: the contract methods whose names start with `<area>.`. */
export type AreaHandlers<Area extends string> = { [M in Extract<ApiMethod, `${Area}.${string}`>]: Handler<M> };

/** Platform pieces a transport supplies (Electron: native dialogs; HTTP: none). */
export interface Platform {
  transport: Transport;
  openDialog?: () => Promise<string | null>;
  openFolderDialog?: () => Promise<string | null>;
  openPathwayDialog?: () => Promise<string | null>;
  /** Several design files (team members' copies to merge); empty when cancelled. */
  openDesignsDialog?: () => Promise<string[]>;
  saveDialog?: (suggestedName: string, extension: SaveFileType) => Promise<string | null>;
  /** A design file was opened or saved (Electron: the Open Recent menu and the OS's list). */
  onFileUsed?: (path: string) => void;
}

/** What every area's handlers receive. */
export interface HandlerContext {
  services: Services;
  platform: Platform;
  /** Looked up on every call: a library that could not be opened at start is tried again. */
  library(): Library;
  /** Refuses a path inside the library folder: nothing is written over the library's own files. */
  writable(path: string): void;
}
