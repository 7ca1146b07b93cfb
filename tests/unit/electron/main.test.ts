import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newArticle } from '../../../shared/article/new-article';
import { createDraftFiles } from '../../../electron/services/draft/draft-files';

/**
 * The composition root against a stand-in Electron: what happens at launch, when the OS hands
 * us a draft, and when the user quits with unsaved work. Services are the real ones on a temp folder.
 */
const h = vi.hoisted(() => ({ electron: null as unknown as ReturnType<typeof makeElectron> }));

function makeElectron(userData: string) {
  class FakeContents extends EventEmitter {
    sent: [string, unknown][] = [];
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
    setWindowOpenHandler() {}
    isCrashed() {
      return false;
    }
    isDestroyed() {
      return false;
    }
    replaceMisspelling() {}
  }
  class FakeWindow extends EventEmitter {
    static all: FakeWindow[] = [];
    webContents = new FakeContents();
    destroyed = false;
    loaded: string[] = [];
    focused = 0;
    constructor(readonly options: unknown) {
      super();
      FakeWindow.all.push(this);
    }
    async loadURL(url: string) {
      this.loaded.push(url);
    }
    close() {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return false;
      this.destroyed = true;
      this.emit('closed');
      FakeWindow.all = FakeWindow.all.filter((w) => w !== this);
      if (FakeWindow.all.length === 0) app.emit('window-all-closed');
      return true;
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    show() {}
    focus() {
      this.focused += 1;
    }
    setDocumentEdited() {}
  }
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((r) => (resolveReady = r));
  let isReady = false;
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    getPath: (name: string) => path.join(userData, name),
    getVersion: () => '0.1.0',
    isReady: () => isReady,
    whenReady: () => ready,
    quitCalls: 0,
    /** Like Electron: before-quit, then every window is asked to close; one refusal cancels the quit. */
    quit() {
      app.quitCalls += 1;
      app.emit('before-quit', { preventDefault() {} });
      for (const w of [...FakeWindow.all]) if (!w.close()) return;
    },
    exit: vi.fn(),
  });
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  return {
    app,
    markReady: async () => {
      isReady = true;
      resolveReady();
      await ready;
      await new Promise((r) => setTimeout(r, 0));
    },
    FakeWindow,
    handlers,
    module: {
      app,
      BrowserWindow: FakeWindow,
      ipcMain: { handle: (channel: string, fn: (event: unknown, payload: unknown) => Promise<unknown>) => handlers.set(channel, fn) },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setDevicePermissionHandler: vi.fn(),
          setSpellCheckerLanguages: vi.fn(),
          availableSpellCheckerLanguages: ['en-US', 'fr', 'vi'],
        },
      },
      Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
      shell: { openExternal: vi.fn(async () => {}) },
    },
  };
}

// The factory runs once per file; getters let each test's fresh stand-in show through.
vi.mock('electron', () => {
  const mocked: Record<string, unknown> = {};
  for (const name of ['app', 'BrowserWindow', 'ipcMain', 'protocol', 'session', 'Menu', 'dialog', 'shell'] as const) {
    Object.defineProperty(mocked, name, { enumerable: true, get: () => h.electron.module[name] });
  }
  return mocked;
});
vi.mock('electron-store', () => ({
  default: class MemoryStore {
    private data = new Map<string, unknown>();
    constructor(options: { schema: Record<string, { default?: unknown }> }) {
      for (const [key, spec] of Object.entries(options.schema)) this.data.set(key, structuredClone(spec.default));
    }
    get(key: string) {
      return this.data.get(key);
    }
    set(key: string, value: unknown) {
      this.data.set(key, value);
    }
  },
}));

let dir: string;
const argv = process.argv;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'soantin-main-'));
  h.electron = makeElectron(path.join(dir, 'userData'));
  vi.resetModules();
});

afterEach(() => {
  process.argv = argv;
  rmSync(dir, { recursive: true, force: true });
});

async function writeDraft(name: string, title: string) {
  const a = newArticle(`id-${name.replace(/[^A-Za-z0-9]/g, '-')}`, new Date('2024-05-28T08:00:00Z'));
  const file = path.join(dir, name);
  await createDraftFiles().write(file, { ...a, meta: { ...a.meta, title } });
  return file;
}

async function launch(args: string[] = []) {
  process.argv = ['/opt/Soạn Tin/soan-tin', ...args];
  await import('../../../electron/main');
  return h.electron;
}

function trustedCall(e: ReturnType<typeof makeElectron>, channel: string, payload: unknown = {}) {
  const win = e.FakeWindow.all[0];
  const frame: Record<string, unknown> = { url: 'app://soantin/index.html', parent: null };
  frame.top = frame;
  return e.handlers.get(channel)!({ senderFrame: frame, sender: win.webContents }, payload) as Promise<{
    ok: boolean;
    value?: Record<string, unknown>;
    error?: { code: string };
  }>;
}

type MenuItem = { label?: string; toolTip?: string; click?: () => void; submenu?: MenuItem[] };

/** File ▸ Mở gần đây as the menu last installed shows it. */
function recentMenuItems(e: ReturnType<typeof makeElectron>): MenuItem[] {
  const template = e.module.Menu.setApplicationMenu.mock.calls.at(-1)![0] as MenuItem[];
  const file = template.find((m) => m.label === 'Tệp')!;
  return file.submenu!.find((i) => i.label === 'Mở gần đây')!.submenu!;
}

describe('launch', () => {
  it('registers app:// before ready, then serves it and loads the page from it', async () => {
    const e = await launch();
    expect(e.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(e.module.protocol.handle).not.toHaveBeenCalled();
    expect(e.app.enableSandbox).toHaveBeenCalled();
    expect(e.FakeWindow.all).toHaveLength(0);

    await e.markReady();
    expect(e.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(e.FakeWindow.all).toHaveLength(1);
    expect(e.FakeWindow.all[0].loaded).toEqual(['app://soantin/index.html']);
    expect(e.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(e.module.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('registers a handler for every channel of the contract', async () => {
    const e = await launch();
    const { INVOKE_CHANNELS } = await import('../../../shared/ipc/channels');
    expect([...e.handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it('steps aside when another copy is already running', async () => {
    h.electron.app.requestSingleInstanceLock.mockReturnValue(false);
    const quit = vi.spyOn(h.electron.app, 'quit');
    const e = await launch();
    expect(quit).toHaveBeenCalled();
    expect(e.handlers.size).toBe(0);
  });

  it('hands the draft named on the command line to the page at start-up', async () => {
    const file = await writeDraft('hoi-nghi.tinbai', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh');
    const e = await launch(['--no-sandbox', file]);
    await e.markReady();
    const startup = await trustedCall(e, 'app:startup');
    expect(startup.ok).toBe(true);
    expect(startup.value?.pendingDocument).toMatchObject({ path: file, article: { meta: { title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh' } } });
    expect(startup.value?.locale).toBe('vi');
    expect(recentMenuItems(e)).toEqual([expect.objectContaining({ label: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh', toolTip: file })]);
  });

  it('tells the page at start-up when the launch draft cannot be opened', async () => {
    const e = await launch([path.join(dir, 'missing.tinbai')]);
    await e.markReady();
    const startup = await trustedCall(e, 'app:startup');
    expect(startup.value?.pendingError).toEqual({ path: path.join(dir, 'missing.tinbai'), code: 'file-not-found' });
  });
});

describe('where the page comes from', () => {
  afterEach(() => {
    delete process.env.ELECTRON_RENDERER_URL;
  });

  it('a packaged app ignores ELECTRON_RENDERER_URL and refuses calls from that origin', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    const e = await launch();
    await e.markReady();
    const win = e.FakeWindow.all[0];
    expect(win.loaded).toEqual(['app://soantin/index.html']);
    const frame: Record<string, unknown> = { url: 'http://localhost:5173/', parent: null };
    frame.top = frame;
    expect(await e.handlers.get('window:set-dirty')!({ senderFrame: frame, sender: win.webContents }, { dirty: true })).toEqual({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
  });

  it('an unpackaged run loads and trusts the electron-vite dev server', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    h.electron.app.isPackaged = false;
    const e = await launch();
    await e.markReady();
    const win = e.FakeWindow.all[0];
    expect(win.loaded).toEqual(['http://localhost:5173']);
    const frame: Record<string, unknown> = { url: 'http://localhost:5173/', parent: null };
    frame.top = frame;
    expect(await e.handlers.get('window:set-dirty')!({ senderFrame: frame, sender: win.webContents }, { dirty: true })).toEqual({
      ok: true,
      value: {},
    });
  });
});

describe('drafts handed over later', () => {
  it('a macOS open-file before ready is held for the page', async () => {
    const file = await writeDraft('dock.tinbai', 'Mở từ Dock');
    const e = await launch();
    const event = { preventDefault: vi.fn() };
    e.app.emit('open-file', event, file);
    expect(event.preventDefault).toHaveBeenCalled();
    await e.markReady();
    const startup = await trustedCall(e, 'app:startup');
    expect(startup.value?.pendingDocument).toMatchObject({ path: file });
  });

  it('a second launch with a draft focuses the window and asks the page to open it', async () => {
    const e = await launch();
    await e.markReady();
    await trustedCall(e, 'app:startup');
    const win = e.FakeWindow.all[0];
    e.app.emit('second-instance', {}, ['C:\\Soan Tin\\Soạn Tin.exe', '--flag', 'bai-moi.tinbai'], dir);
    expect(win.focused).toBe(1);
    expect(win.webContents.sent).toContainEqual(['document:open-request', { path: path.join(dir, 'bai-moi.tinbai') }]);
  });

  it('a second launch without a draft only brings the window forward', async () => {
    const e = await launch();
    await e.markReady();
    await trustedCall(e, 'app:startup');
    e.app.emit('second-instance', {}, ['soan-tin'], dir);
    expect(e.FakeWindow.all[0].focused).toBe(1);
    expect(e.FakeWindow.all[0].webContents.sent).toEqual([]);
  });
});

describe('paths the page may name', () => {
  it('refuses a path main never handed out', async () => {
    const file = await writeDraft('la.tinbai', 'Lạ');
    const e = await launch();
    await e.markReady();
    expect(await trustedCall(e, 'document:open', { path: file })).toEqual({ ok: false, error: { code: 'path-not-allowed' } });
  });

  it('the launch draft saves in place without a dialog', async () => {
    const file = await writeDraft('hoi-nghi.tinbai', 'Hội nghị');
    const e = await launch([file]);
    await e.markReady();
    const startup = await trustedCall(e, 'app:startup');
    const article = (startup.value?.pendingDocument as { article: unknown }).article;
    expect(await trustedCall(e, 'document:save', { article, path: file, saveAs: false })).toEqual({
      ok: true,
      value: { status: 'saved', path: file },
    });
    expect(e.module.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('a draft the OS hands over while running may be opened by the page', async () => {
    const file = await writeDraft('bai-moi.tinbai', 'Bài mới');
    const e = await launch();
    await e.markReady();
    await trustedCall(e, 'app:startup');
    e.app.emit('second-instance', {}, ['soan-tin', file], dir);
    expect(await trustedCall(e, 'document:open', { path: file })).toMatchObject({ ok: true, value: { status: 'opened' } });
  });

  it('a click in the recent menu asks the page to open a draft it may open', async () => {
    const file = await writeDraft('gan-day.tinbai', 'Gần đây');
    const e = await launch([file]);
    await e.markReady();
    await trustedCall(e, 'app:startup');
    const item = recentMenuItems(e).find((i) => i.toolTip === file)!;
    item.click!();
    expect(e.FakeWindow.all[0].webContents.sent).toContainEqual(['document:open-request', { path: file }]);
    expect(await trustedCall(e, 'document:open', { path: file })).toMatchObject({ ok: true, value: { status: 'opened' } });
  });
});

describe('every web contents is locked to its page', () => {
  it('hardens web contents the app did not create itself (devtools, a popup Chromium made)', async () => {
    const e = await launch();
    await e.markReady();
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    e.app.emit('web-contents-created', {}, contents);
    const navigate = { preventDefault: vi.fn() };
    contents.emit('will-navigate', navigate, 'https://evil.example/');
    expect(navigate.preventDefault).toHaveBeenCalled();
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
    const handler = contents.setWindowOpenHandler.mock.calls[0][0] as (d: { url: string }) => { action: string };
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('a hung page', () => {
  it('does not keep its window from closing', async () => {
    const e = await launch();
    await e.markReady();
    const win = e.FakeWindow.all[0];
    await trustedCall(e, 'window:set-dirty', { dirty: true });
    win.webContents.emit('unresponsive');
    win.close();
    expect(win.isDestroyed()).toBe(true);
  });
});

describe('menu language', () => {
  it('switching language in the menu saves it, rebuilds the menu and tells the page', async () => {
    const e = await launch();
    await e.markReady();
    const lastTemplate = () =>
      e.module.Menu.setApplicationMenu.mock.calls.at(-1)![0] as { label: string; submenu: { label: string; submenu?: unknown[] }[] }[];
    const view = lastTemplate().find((m) => m.label === 'Xem')!;
    const languages = view.submenu.find((i) => i.label === 'Ngôn ngữ')!.submenu as { label: string; click: () => void }[];
    languages.find((i) => i.label === 'English')!.click();

    expect(lastTemplate().map((m) => m.label)).toContain('View');
    expect(e.FakeWindow.all[0].webContents.sent).toContainEqual(['settings:locale-changed', { locale: 'en' }]);
    expect((await trustedCall(e, 'app:startup')).value?.locale).toBe('en');
  });
});

describe('quitting with unsaved work', () => {
  it('asks the page, waits for its answer, then quits', async () => {
    const e = await launch();
    await e.markReady();
    const win = e.FakeWindow.all[0];
    await trustedCall(e, 'window:set-dirty', { dirty: true });

    e.app.quit();
    expect(win.isDestroyed()).toBe(false);
    expect(win.webContents.sent).toContainEqual(['window:close-requested', {}]);
    const quitsBefore = e.app.quitCalls;

    // The user chose "Don't save": the page confirms the close.
    expect(await trustedCall(e, 'window:close')).toEqual({ ok: true, value: {} });
    expect(win.isDestroyed()).toBe(true);
    expect(e.app.quitCalls).toBeGreaterThan(quitsBefore);
  });

  it('keeps the window when the user cancels', async () => {
    const e = await launch();
    await e.markReady();
    await trustedCall(e, 'window:set-dirty', { dirty: true });
    e.app.quit();
    expect(e.FakeWindow.all).toHaveLength(1);
    expect(e.FakeWindow.all[0].isDestroyed()).toBe(false);
  });
});

describe('on macOS', () => {
  const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
  beforeEach(() => Object.defineProperty(process, 'platform', { value: 'darwin' }));
  afterEach(() => Object.defineProperty(process, 'platform', platform));

  it('Cmd+Q with unsaved work quits once the page has confirmed', async () => {
    const e = await launch();
    await e.markReady();
    await trustedCall(e, 'window:set-dirty', { dirty: true });
    e.app.quit();
    const quitsBefore = e.app.quitCalls;
    await trustedCall(e, 'window:close');
    expect(e.app.quitCalls).toBe(quitsBefore + 1);
  });

  it('closing the window keeps the app running, as Mac apps do', async () => {
    const e = await launch();
    await e.markReady();
    await trustedCall(e, 'window:set-dirty', { dirty: true });
    const win = e.FakeWindow.all[0];
    win.close();
    await trustedCall(e, 'window:close');
    expect(win.isDestroyed()).toBe(true);
    expect(e.app.quitCalls).toBe(0);
  });

  it('a Cmd+Q the user cancelled does not make a later close of the window quit the app', async () => {
    const e = await launch();
    await e.markReady();
    const win = e.FakeWindow.all[0];
    await trustedCall(e, 'window:set-dirty', { dirty: true });
    e.app.quit(); // the page asks; the user chooses Hủy: the page says nothing back
    expect(win.isDestroyed()).toBe(false);
    const quitsAfterCancel = e.app.quitCalls;

    await trustedCall(e, 'window:set-dirty', { dirty: false }); // saved meanwhile
    win.close();
    expect(win.isDestroyed()).toBe(true);
    expect(e.app.quitCalls).toBe(quitsAfterCancel);
  });

  it('a cancelled Cmd+Q, then closing with unsaved work and "Không lưu": the app stays', async () => {
    const e = await launch();
    await e.markReady();
    const win = e.FakeWindow.all[0];
    await trustedCall(e, 'window:set-dirty', { dirty: true });
    e.app.quit();
    const quitsAfterCancel = e.app.quitCalls;
    win.close(); // asks again
    await trustedCall(e, 'window:close');
    expect(win.isDestroyed()).toBe(true);
    expect(e.app.quitCalls).toBe(quitsAfterCancel);
  });

  it('a draft opened from the Finder with no window open gets a new window that opens it', async () => {
    const file = await writeDraft('finder.tinbai', 'Từ Finder');
    const e = await launch();
    await e.markReady();
    await trustedCall(e, 'app:startup');
    e.FakeWindow.all[0].close();
    expect(e.FakeWindow.all).toHaveLength(0);

    e.app.emit('open-file', { preventDefault() {} }, file);
    expect(e.FakeWindow.all).toHaveLength(1);
    const startup = await trustedCall(e, 'app:startup');
    expect(startup.value?.pendingDocument).toMatchObject({ path: file });
  });
});

describe('the executable as the command line', () => {
  it('hands a verb to the command line before any window: no lock, no window, the exit status of the verb', async () => {
    const file = await writeDraft('Hội nghị.tinbai', 'Hội nghị giao ban');
    const written: string[] = [];
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(((text: string) => written.push(text)) as never);
    try {
      const e = await launch(['info', file]);
      await vi.waitFor(() => expect(e.app.exit).toHaveBeenCalled());
      expect(e.app.exit).toHaveBeenCalledWith(0);
      expect(JSON.parse(written.join('')).meta.title).toBe('Hội nghị giao ban');
      expect(e.app.requestSingleInstanceLock).not.toHaveBeenCalled();
      expect(e.module.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
      await e.markReady();
      expect(e.FakeWindow.all).toHaveLength(0);
    } finally {
      out.mockRestore();
    }
  });

  it('exits 2 with one line, Vietnamese then English, on a draft it cannot read', async () => {
    const written: string[] = [];
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(((text: string) => written.push(text)) as never);
    try {
      const e = await launch(['info', path.join(dir, 'mất.tinbai')]);
      await vi.waitFor(() => expect(e.app.exit).toHaveBeenCalled());
      expect(e.app.exit).toHaveBeenCalledWith(2);
      expect(written.join('')).toBe('soan-tin: Không tìm thấy tệp. · The file was not found.\n');
    } finally {
      err.mockRestore();
    }
  });

  it('still opens a draft named on its own in the window', async () => {
    const file = await writeDraft('info.tinbai', 'Bài tên là info');
    const e = await launch([file]);
    expect(e.app.requestSingleInstanceLock).toHaveBeenCalled();
    await e.markReady();
    expect(e.FakeWindow.all).toHaveLength(1);
  });
});
