import { beforeAll, describe, expect, it, vi } from 'vitest';

const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();

const ipcRenderer = {
  invoke: vi.fn(async (channel: string, payload: unknown): Promise<unknown> => ({ ok: true, value: { channel, payload } })),
  on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
    if (!listeners.has(channel)) listeners.set(channel, new Set());
    listeners.get(channel)!.add(listener);
    return ipcRenderer;
  }),
  removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
    listeners.get(channel)?.delete(listener);
    return ipcRenderer;
  }),
};

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer,
}));

import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import { eventContract, invokeContract, type SoanTinApi } from '../../../shared/ipc/contract';

/** What the main process would do: deliver a message to every listener of a channel, with its event object. */
function emit(channel: string, payload: unknown) {
  const fakeEvent = { sender: ipcRenderer, senderId: 0, ports: [] };
  for (const listener of listeners.get(channel) ?? []) listener(fakeEvent, payload);
}

let api: SoanTinApi;

beforeAll(async () => {
  await import('../../../electron/preload');
  api = exposed.get('soantin') as SoanTinApi;
});

describe('preload', () => {
  it('exposes one object, window.soantin, and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['soantin']);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('has exactly the method names of the contract', () => {
    const expected = [...Object.keys(invokeContract), ...Object.keys(eventContract)].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    for (const name of expected) expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
  });

  it('does not hand ipcRenderer to the page', () => {
    const values = Object.values(api as Record<string, unknown>);
    expect(values).not.toContain(ipcRenderer);
    expect(values.some((v) => v === ipcRenderer.invoke || v === ipcRenderer.on)).toBe(false);
  });

  it('sends each call on its own channel with its payload', async () => {
    for (const [method, channel] of Object.entries(INVOKE_CHANNELS)) {
      ipcRenderer.invoke.mockClear();
      const fn = (api as unknown as Record<string, (input: unknown) => Promise<unknown>>)[method];
      await fn({ probe: method });
      expect(ipcRenderer.invoke, method).toHaveBeenCalledExactlyOnceWith(channel, { probe: method });
    }
  });

  it("hands the page the main process's answer untouched, refusals and failures included", async () => {
    const saved = { ok: true, value: { path: '/docs/giao-ban.tinbai', savedAt: '2026-11-28T09:00:00+07:00' } };
    ipcRenderer.invoke.mockResolvedValueOnce(saved);
    await expect(api.setDirty({ dirty: true })).resolves.toBe(saved);
    const refused = { ok: false, error: { code: 'untrusted-sender' } };
    ipcRenderer.invoke.mockResolvedValueOnce(refused);
    await expect(api.setDirty({ dirty: false })).resolves.toBe(refused);
    // A dead IPC transport rejects; the renderer's bridge turns that into an error it shows.
    const gone = new Error('Render frame was disposed');
    ipcRenderer.invoke.mockRejectedValueOnce(gone);
    await expect(api.setDirty({ dirty: true })).rejects.toBe(gone);
  });

  it('sends an empty object for a call made without input', async () => {
    ipcRenderer.invoke.mockClear();
    await (api.closeWindow as unknown as () => Promise<unknown>)();
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('window:close', {});
  });

  it('gives a listener only the payload, never the IPC event', () => {
    const received: unknown[][] = [];
    const stop = api.onMenuCommand((...args: unknown[]) => received.push(args));
    emit(EVENT_CHANNELS.onMenuCommand, { command: 'save' });
    expect(received).toEqual([[{ command: 'save' }]]);
    stop();
  });

  it('subscribes each event on its own channel', () => {
    for (const [method, channel] of Object.entries(EVENT_CHANNELS)) {
      const seen = vi.fn();
      const stop = (api as unknown as Record<string, (l: (p: unknown) => void) => () => void>)[method](seen);
      emit(channel, { probe: method });
      expect(seen, method).toHaveBeenCalledExactlyOnceWith({ probe: method });
      stop();
    }
  });

  it('stops delivering once the page unsubscribes', () => {
    const seen = vi.fn();
    const stop = api.onCloseRequested(seen);
    emit(EVENT_CHANNELS.onCloseRequested, {});
    stop();
    emit(EVENT_CHANNELS.onCloseRequested, {});
    expect(seen).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('window:close-requested', expect.any(Function));
    expect(listeners.get('window:close-requested')?.size ?? 0).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => (api.onLocaleChanged as unknown as (l: unknown) => void)('nope')).toThrow(TypeError);
  });
});
