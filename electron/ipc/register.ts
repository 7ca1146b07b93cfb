import type { IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { INVOKE_CHANNELS, type InvokeMethod } from '../../shared/ipc/channels';
import type { IpcResult } from '../../shared/ipc/errors';
import type { SenderFrame } from '../security/trusted-sender';
import { dispatch } from './dispatch';
import type { WindowPort } from '../services/ports';
import type { HandlerTable } from './handlers';

export interface RegisterOptions {
  /** Is this frame allowed to call at all? (the app's page, top frame only) */
  isTrusted: (frame: SenderFrame) => boolean;
  /** The window a call came from, or null when it is not one of ours. */
  windowFor: (sender: WebContents) => WindowPort | null;
  log: (message: string, error?: unknown) => void;
}

const UNTRUSTED: IpcResult<never> = { ok: false, error: { code: 'untrusted-sender' } };
const INTERNAL: IpcResult<never> = { ok: false, error: { code: 'internal' } };

/** Where a call came from, as the trust check sees it; null when the frame is already gone. */
export function describeSenderFrame(frame: WebFrameMain | null | undefined): SenderFrame | null {
  if (!frame) return null;
  try {
    return { url: frame.url, isMainFrame: frame.parent === null && frame === frame.top };
  } catch {
    // A frame that navigated away or was destroyed throws on access.
    return null;
  }
}

/**
 * One `ipcMain.handle` per channel of the contract. Each call is checked for its sender before
 * anything runs, then parsed and run by `dispatch`. The page always gets an IpcResult back.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, table: HandlerTable, options: RegisterOptions): void {
  for (const method of Object.keys(INVOKE_CHANNELS) as InvokeMethod[]) {
    ipcMain.handle(INVOKE_CHANNELS[method], async (event: IpcMainInvokeEvent, payload: unknown) => {
      try {
        const frame = describeSenderFrame(event.senderFrame);
        if (!frame || !options.isTrusted(frame)) {
          options.log(`refused ${method} from ${frame?.url ?? 'a closed frame'}`);
          return UNTRUSTED;
        }
        const window = options.windowFor(event.sender);
        if (!window) return UNTRUSTED;
        return await dispatch(table, method, payload, { window }, options.log);
      } catch (error) {
        options.log(`${method} failed`, error);
        return INTERNAL;
      }
    });
  }
}
