import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

class FakeWebContents extends EventEmitter {
  sent: [string, unknown][] = [];
  crashed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  isCrashed() {
    return this.crashed;
  }
  isDestroyed() {
    return false;
  }
  replaced: string[] = [];
  replaceMisspelling(word: string) {
    this.replaced.push(word);
  }
}

class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  destroyed = false;
  documentEdited: boolean | null = null;
  shown = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  /** Like Electron: 'close' can be prevented; otherwise the window goes. */
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.destroyed = true;
      this.emit('closed');
    }
  }
  show() {
    this.shown = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
  setDocumentEdited(edited: boolean) {
    this.documentEdited = edited;
  }
}

const popups: { template: { label?: string; click?: () => void }[]; window: unknown }[] = [];
const FakeMenu = {
  buildFromTemplate: (template: { label?: string; click?: () => void }[]) => ({
    popup: (options: { window: unknown }) => popups.push({ template, window: options.window }),
  }),
};

vi.mock('electron', () => ({ BrowserWindow: FakeBrowserWindow, Menu: FakeMenu }));

import { messagesFor } from '../../../shared/i18n/catalog';

// Loaded after the fakes exist: the mock factory above refers to them.
const { createMainWindow } = await import('../../../electron/window');
const { denyAllPermissions } = await import('../../../electron/security/permissions');

function open(onCloseStarted = vi.fn(), devTools = true) {
  const openExternal = vi.fn();
  const main = createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    devTools,
    openExternal,
    onCloseStarted,
    menuMessages: () => messagesFor('vi').menu,
  });
  const win = main.window as unknown as FakeBrowserWindow;
  return { main, win, contents: win.webContents, openExternal, onCloseStarted };
}

function fire(emitter: EventEmitter, name: string, ...args: unknown[]) {
  const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
  emitter.emit(name, event, ...args);
  return event.defaultPrevented;
}

beforeEach(() => {
  FakeBrowserWindow.created = [];
});

describe('the editor window', () => {
  it('is isolated, sandboxed, without Node, with our preload and spell checking', () => {
    const { win } = open();
    expect(win.options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
      devTools: true,
    });
    expect(win.options.show).toBe(false);
  });

  it('cannot open the developer tools in a packaged build', () => {
    const { win } = open(vi.fn(), false);
    expect((win.options.webPreferences as { devTools: boolean }).devTools).toBe(false);
  });

  it('shows itself once the page is painted', () => {
    const { win } = open();
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('never navigates away or follows a redirect', () => {
    const { contents, openExternal } = open();
    expect(fire(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire(contents, 'will-navigate', 'file:///home/pv/anh.jpg')).toBe(true);
    expect(fire(contents, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses <webview>', () => {
    const { contents } = open();
    expect(fire(contents, 'will-attach-webview', {}, {})).toBe(true);
  });

  it('denies every new window, sending web links to the browser', () => {
    const { contents, openExternal } = open();
    expect(contents.windowOpenHandler!({ url: 'https://quangninh.gov.vn/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://quangninh.gov.vn/');
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('the right-click menu', () => {
  it('pops up over the window with spelling suggestions that fix the word', () => {
    popups.length = 0;
    const { win, contents } = open();
    contents.emit('context-menu', {}, {
      isEditable: true,
      selectionText: '',
      misspelledWord: 'hội nghi',
      dictionarySuggestions: ['hội nghị'],
      editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
    });
    expect(popups).toHaveLength(1);
    expect(popups[0].window).toBe(win);
    expect(popups[0].template.map((i) => i.label)).toContain('Dán');
    popups[0].template[0].click!();
    expect(contents.replaced).toEqual(['hội nghị']);
  });

  it('shows nothing where there is nothing to do', () => {
    popups.length = 0;
    const { contents } = open();
    contents.emit('context-menu', {}, {
      isEditable: false,
      selectionText: '',
      misspelledWord: '',
      dictionarySuggestions: [],
      editFlags: { canCut: false, canCopy: false, canPaste: false, canSelectAll: true },
    });
    expect(popups).toHaveLength(0);
  });
});

describe('closing with unsaved work', () => {
  it('closes at once when everything is saved', () => {
    const { win, contents, onCloseStarted } = open();
    win.close();
    expect(win.isDestroyed()).toBe(true);
    expect(contents.sent).toEqual([]);
    expect(onCloseStarted).toHaveBeenCalledTimes(1);
  });

  it('asks the page instead of closing when the page reported unsaved work', () => {
    const { main, win, contents, onCloseStarted } = open();
    main.port.setDirty(true);
    win.close();
    expect(win.isDestroyed()).toBe(false);
    expect(contents.sent).toEqual([['window:close-requested', {}]]);
    expect(onCloseStarted).toHaveBeenCalledTimes(1);
  });

  it('closes without asking again once the page confirmed; that close starts nothing new', () => {
    const { main, win, contents, onCloseStarted } = open();
    main.port.setDirty(true);
    win.close();
    main.port.close();
    expect(win.isDestroyed()).toBe(true);
    expect(contents.sent).toHaveLength(1);
    expect(onCloseStarted).toHaveBeenCalledTimes(1);
  });

  it('asks again after the user cancelled', () => {
    const { main, win, contents } = open();
    main.port.setDirty(true);
    win.close();
    win.close();
    expect(win.isDestroyed()).toBe(false);
    expect(contents.sent).toHaveLength(2);
  });

  it('closes normally once the work is saved', () => {
    const { main, win } = open();
    main.port.setDirty(true);
    main.port.setDirty(false);
    win.close();
    expect(win.isDestroyed()).toBe(true);
  });

  it('lets a crashed page go: it cannot answer, and its recovery copy is on disk', () => {
    const { main, win, contents } = open();
    main.port.setDirty(true);
    contents.crashed = true;
    win.close();
    expect(win.isDestroyed()).toBe(true);
  });

  it('lets a hung page go: after "unresponsive" a close closes', () => {
    const { main, win, contents } = open();
    main.port.setDirty(true);
    contents.emit('unresponsive');
    win.close();
    expect(win.isDestroyed()).toBe(true);
    expect(contents.sent).toEqual([]);
  });

  it('asks again once a page that hung answers again', () => {
    const { main, win, contents } = open();
    main.port.setDirty(true);
    contents.emit('unresponsive');
    contents.emit('responsive');
    win.close();
    expect(win.isDestroyed()).toBe(false);
    expect(contents.sent).toEqual([['window:close-requested', {}]]);
  });

  it('marks the window edited on macOS', () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    try {
      const { main, win } = open();
      main.port.setDirty(true);
      expect(win.documentEdited).toBe(true);
      main.port.setDirty(false);
      expect(win.documentEdited).toBe(false);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('ignores a close confirmed after the window is gone', () => {
    const { main, win } = open();
    win.close();
    expect(() => main.port.close()).not.toThrow();
  });
});

describe('denyAllPermissions', () => {
  it('refuses every permission request and check', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    denyAllPermissions(session as never);

    const request = session.setPermissionRequestHandler.mock.calls[0][0];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0][0];
    expect(check(null, 'media', 'app://soantin', {})).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'app://soantin', {})).toBe(false);
    expect(session.setDevicePermissionHandler.mock.calls[0][0]({})).toBe(false);
  });
});
