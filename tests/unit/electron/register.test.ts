import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import { AppError } from '../../../shared/ipc/errors';
import type { HandlerTable } from '../../../electron/ipc/handlers';
import type { WindowPort } from '../../../electron/services/ports';
import { registerIpc } from '../../../electron/ipc/register';
import { isTrustedSender } from '../../../electron/security/trusted-sender';

type Listener = (event: unknown, payload: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle: vi.fn((channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    }),
  };
}

function mainFrame(url: string) {
  const frame: { url: string; parent: unknown; top: unknown } = { url, parent: null, top: null };
  frame.top = frame;
  return frame;
}

function subFrame(url: string) {
  const top = mainFrame('app://soantin/index.html');
  return { url, parent: top, top };
}

const ourContents = { id: 1 };
const windowPort: WindowPort = { setDirty: vi.fn(), close: vi.fn(), notify: vi.fn() };

function fakeTable(): HandlerTable {
  const reject = async () => {
    throw new Error('not used in this test');
  };
  return {
    getStartup: vi.fn(reject),
    openDocument: vi.fn(reject),
    saveDocument: vi.fn(reject),
    writeRecovery: vi.fn(reject),
    readRecovery: vi.fn(reject),
    discardRecovery: vi.fn(async () => {
      throw new Error('EVIL stack trace with /home/secret');
    }),
    setDirty: vi.fn(async () => ({})),
    closeWindow: vi.fn(reject),
    setLocale: vi.fn(reject),
    openExternal: vi.fn(async () => {
      throw new AppError('permission-denied');
    }),
  } as unknown as HandlerTable;
}

describe('registerIpc', () => {
  let ipc: ReturnType<typeof fakeIpcMain>;
  let table: HandlerTable;
  let log: ReturnType<typeof vi.fn<(message: string, error?: unknown) => void>>;

  beforeEach(() => {
    ipc = fakeIpcMain();
    table = fakeTable();
    log = vi.fn<(message: string, error?: unknown) => void>();
    registerIpc(ipc, table, {
      isTrusted: (frame) => isTrustedSender(frame),
      windowFor: (sender) => (sender === ourContents ? windowPort : null),
      log,
    });
  });

  const call = (channel: string, payload: unknown, frame: unknown = mainFrame('app://soantin/index.html'), sender = ourContents) =>
    ipc.handlers.get(channel)!({ senderFrame: frame, sender }, payload);

  it('handles every channel of the contract, once', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it("runs a good call from the app page with the parsed payload and that window's port, and returns the handler's value", async () => {
    const otherContents = { id: 2 };
    const otherPort: WindowPort = { setDirty: vi.fn(), close: vi.fn(), notify: vi.fn() };
    const routed = fakeIpcMain();
    registerIpc(routed, table, {
      isTrusted: (frame) => isTrustedSender(frame),
      windowFor: (sender) => (sender === ourContents ? windowPort : sender === otherContents ? otherPort : null),
      log,
    });
    const answer = await routed.handlers.get('window:set-dirty')!({ senderFrame: mainFrame('app://soantin/index.html'), sender: otherContents }, { dirty: true });
    expect(answer).toEqual({ ok: true, value: {} });
    expect(table.setDirty).toHaveBeenCalledExactlyOnceWith({ dirty: true }, { window: otherPort });

    // What the handler returns is what the page gets, checked against the contract.
    vi.mocked(table.openExternal).mockResolvedValueOnce({ opened: true } as never);
    expect(await call('shell:open-external', { url: 'https://baohanam.com.vn' })).toEqual({ ok: true, value: { opened: true } });
    expect(table.openExternal).toHaveBeenCalledWith({ url: 'https://baohanam.com.vn' }, { window: windowPort });
  });

  it('refuses a page that is not ours without running anything', async () => {
    const result = await call('window:set-dirty', { dirty: true }, mainFrame('https://evil.example/'));
    expect(result).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
    expect(table.setDirty).not.toHaveBeenCalled();
  });

  it('refuses our own page loaded in a sub-frame', async () => {
    const result = await call('window:set-dirty', { dirty: true }, subFrame('app://soantin/index.html'));
    expect(result).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
    expect(table.setDirty).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame is already gone', async () => {
    expect(await call('window:set-dirty', { dirty: true }, null)).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
    const dying = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(await call('window:set-dirty', { dirty: true }, dying)).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
    expect(table.setDirty).not.toHaveBeenCalled();
  });

  it('refuses a call from a window that is not one of ours', async () => {
    const result = await call('window:set-dirty', { dirty: true }, mainFrame('app://soantin/index.html'), { id: 99 });
    expect(result).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
    expect(table.setDirty).not.toHaveBeenCalled();
  });

  it('answers a malformed payload with invalid-payload and does not run the handler', async () => {
    const result = (await call('window:set-dirty', { dirty: 'yes', extra: 1 })) as { ok: boolean; error: { code: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid-payload');
    expect(table.setDirty).not.toHaveBeenCalled();
  });

  it('passes an explainable error through with its code', async () => {
    expect(await call('shell:open-external', { url: 'https://example.com' })).toEqual({
      ok: false,
      error: { code: 'permission-denied' },
    });
  });

  it('turns an unexpected failure into "internal", logs it, and keeps serving', async () => {
    const result = await call('recovery:discard', { articleId: 'a1b2c3d4' });
    expect(result).toEqual({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log).toHaveBeenCalled();
    expect(await call('window:set-dirty', { dirty: false })).toEqual({ ok: true, value: {} });
  });

  it('never throws, even when the window lookup itself fails', async () => {
    const broken = fakeIpcMain();
    registerIpc(broken, table, {
      isTrusted: () => true,
      windowFor: () => {
        throw new Error('window destroyed');
      },
      log,
    });
    await expect(
      broken.handlers.get('window:set-dirty')!({ senderFrame: mainFrame('app://soantin/'), sender: ourContents }, { dirty: true }),
    ).resolves.toEqual({ ok: false, error: { code: 'internal' } });
  });
});
