import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildSoanTinApi } from '../shared/ipc/build-api';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../shared/ipc/channels';
import type { SoanTinApi } from '../shared/ipc/contract';

/**
 * `window.soantin`: one named function per call of the contract. The page never sees
 * ipcRenderer or an IPC event, only payloads. (Type-only import of the contract: the preload
 * stays one small CommonJS file without zod.)
 */
const api = buildSoanTinApi(
  INVOKE_CHANNELS,
  EVENT_CHANNELS,
  (channel, payload) => ipcRenderer.invoke(channel, payload),
  (channel, listener) => {
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
) satisfies SoanTinApi;

contextBridge.exposeInMainWorld('soantin', api);
