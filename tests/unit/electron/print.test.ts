import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import type { MenuItemConstructorOptions } from 'electron';
import { createDialogs } from '../../../electron/dialogs';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, type HandlerDeps } from '../../../electron/ipc/handlers';
import { buildMenuTemplate } from '../../../electron/menu-template';
import { createPagePrinter } from '../../../electron/print/page-printer';
import { PDF_MARGINS_MM, electronPdfOptions, playwrightPdfOptions } from '../../../electron/print/pdf-layout';
import { suggestPdfFileName } from '../../../electron/print/pdf-file';
import { createPathGrants } from '../../../electron/security/path-grants';
import type { PagePrinter, WindowPort } from '../../../electron/services/ports';
import { createSettings, type KeyValueStore } from '../../../electron/services/settings-store';
import { messagesFor } from '../../../shared/i18n/catalog';
import { isPrintShortcut } from '../../../renderer/src/app/print-shortcut';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-print-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A page as Electron's webContents reports printing: success, or a reason. */
function fakeContents(answer: { success: boolean; reason?: string }, pdf = Buffer.from('%PDF-1.7 fake')) {
  return {
    destroyed: false,
    print: vi.fn((_options: unknown, callback?: (success: boolean, reason: string) => void) => callback?.(answer.success, answer.reason ?? '')),
    printToPDF: vi.fn(async (_options: unknown) => pdf),
    isDestroyed() {
      return this.destroyed;
    },
  };
}

describe('the window as a printer (webContents behind a port)', () => {
  it('prints with the system dialog, A4, and tells a cancelled dialog from a failed job', async () => {
    const done = fakeContents({ success: true });
    expect(await createPagePrinter(done as never).print()).toBe('printed');
    expect(done.print.mock.calls[0][0]).toMatchObject({ silent: false, pageSize: 'A4' });

    expect(await createPagePrinter(fakeContents({ success: false, reason: 'Print job canceled' }) as never).print()).toBe('cancelled');
    await expect(createPagePrinter(fakeContents({ success: false, reason: 'Print job failed' }) as never).print()).rejects.toThrow(/failed/);
  });

  it('makes the PDF on A4 with the stylesheet’s margins and page numbers, without Chromium’s own header and footer', async () => {
    const contents = fakeContents({ success: true });
    const bytes = await createPagePrinter(contents as never).pdf();
    expect(bytes.toString()).toContain('%PDF');
    const options = contents.printToPDF.mock.calls[0][0] as ReturnType<typeof electronPdfOptions>;
    expect(options.pageSize).toBe('A4');
    // Chromium's header and footer are the date, the window title and the page's address.
    expect(options.displayHeaderFooter).toBe(false);
    expect(options.margins.top * 25.4).toBeCloseTo(PDF_MARGINS_MM.top, 5);

    // The paper the printer gets is the PDF's: the @page rule carries the same margins.
    const css = readFileSync(resolve(import.meta.dirname, '../../../renderer/src/styles/print.css'), 'utf8');
    const page = /@page\s*{[^}]*?size:\s*A4;[^}]*?margin:\s*([^;]+);/.exec(css);
    expect(page?.[1].trim()).toBe(`${PDF_MARGINS_MM.top}mm ${PDF_MARGINS_MM.right}mm ${PDF_MARGINS_MM.bottom}mm`);
    expect(PDF_MARGINS_MM.left).toBe(PDF_MARGINS_MM.right);
    expect(css).toMatch(/@bottom-center\s*{[^}]*counter\(page\)[^}]*counter\(pages\)/);
    // The browser tests' PDF is made on the same paper.
    expect(playwrightPdfOptions()).toMatchObject({ format: 'A4', displayHeaderFooter: false, margin: { top: `${PDF_MARGINS_MM.top}mm`, left: `${PDF_MARGINS_MM.left}mm` } });
  });

  it('refuses to print a window that is gone', async () => {
    const contents = fakeContents({ success: true });
    contents.destroyed = true;
    await expect(createPagePrinter(contents as never).print()).rejects.toThrow();
    await expect(createPagePrinter(contents as never).pdf()).rejects.toThrow();
    expect(contents.printToPDF).not.toHaveBeenCalled();
  });
});

function memoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return { get: (key) => data.get(key), set: (key, value) => void data.set(key, value) };
}

function setUp(printer: PagePrinter | undefined, pdfAnswers: (string | null)[] = []) {
  const store = memoryStore();
  const choosePdfPath = vi.fn(async (_name: string) => pdfAnswers.shift() ?? null);
  const deps = {
    settings: createSettings(store),
    dialogs: {
      chooseDraftToOpen: async () => null,
      chooseSavePath: async () => null,
      choosePhotos: async () => [],
      choosePdfPath,
    },
    grants: createPathGrants('linux', () => []),
    log: vi.fn(),
  } as unknown as HandlerDeps;
  const table = createHandlers(deps);
  const window: WindowPort = { setDirty: vi.fn(), close: vi.fn(), notify: vi.fn(), printer };
  return { choosePdfPath, call: (method: 'printArticle' | 'exportPdf', input: unknown) => dispatch(table, method, input, { window }) };
}

const printerOf = (pdf: () => Promise<Buffer>, print: () => Promise<'printed' | 'cancelled'> = async () => 'printed'): PagePrinter => ({ pdf, print });

describe('Tệp ▸ Xuất PDF…', () => {
  it('offers the title as the file name and writes the page’s PDF where the officer chose, adding .pdf', async () => {
    const pdf = Buffer.from('%PDF-1.7\n% the article\n%%EOF');
    const s = setUp(printerOf(async () => pdf), [join(folder, 'Hội nghị BTV')]);
    const result = await s.call('exportPdf', { title: 'Hội nghị Ban Thường vụ Tỉnh ủy: làm việc với Thị ủy Duy Tiên' });
    expect(result).toEqual({ ok: true, value: { status: 'exported', path: join(folder, 'Hội nghị BTV.pdf') } });
    expect(s.choosePdfPath.mock.calls[0][0]).toBe('Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Thị ủy Duy Tiên.pdf');
    expect(await readFile(join(folder, 'Hội nghị BTV.pdf'))).toEqual(pdf);
  });

  it('an untitled article is offered the catalog’s name; a cancelled dialog makes no PDF', async () => {
    const pdf = vi.fn(async () => Buffer.from('%PDF'));
    const s = setUp(printerOf(pdf), [null]);
    expect(await s.call('exportPdf', { title: '   ' })).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(s.choosePdfPath.mock.calls[0][0]).toBe(`${messagesFor('vi').menu.untitled}.pdf`);
    expect(pdf).not.toHaveBeenCalled();
  });

  it('a folder that is gone is told as such', async () => {
    const s = setUp(printerOf(async () => Buffer.from('%PDF')), [join(folder, 'gone', 'bai.pdf')]);
    expect(await s.call('exportPdf', { title: 'Bài' })).toMatchObject({ ok: false, error: { code: 'folder-not-found' } });
  });

  it('a page that cannot be made into a PDF leaves an existing PDF there as it was', async () => {
    const target = join(folder, 'bai.pdf');
    await writeFile(target, 'the PDF of yesterday');
    const s = setUp(printerOf(async () => Promise.reject(new Error('renderer crashed'))), [target]);
    expect(await s.call('exportPdf', { title: 'Bài' })).toMatchObject({ ok: false, error: { code: 'print-failed' } });
    expect(await readFile(target, 'utf8')).toBe('the PDF of yesterday');
  });

  it('replaces an existing PDF whole when the officer confirmed it in the dialog', async () => {
    const target = join(folder, 'bai.pdf');
    await writeFile(target, 'old');
    const s = setUp(printerOf(async () => Buffer.from('%PDF new')), [target]);
    expect(await s.call('exportPdf', { title: 'Bài' })).toMatchObject({ ok: true });
    expect(await readFile(target, 'utf8')).toBe('%PDF new');
  });

  it('the page cannot name where the PDF goes: only the dialog does', async () => {
    const s = setUp(printerOf(async () => Buffer.from('%PDF')));
    expect(await s.call('exportPdf', { title: 'Bài', path: join(folder, 'x.pdf') })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});

describe('Tệp ▸ In…', () => {
  it('prints, and a dialog closed without printing is a cancel, not an error', async () => {
    expect(await setUp(printerOf(async () => Buffer.alloc(0))).call('printArticle', {})).toEqual({ ok: true, value: { status: 'printed' } });
    expect(await setUp(printerOf(async () => Buffer.alloc(0), async () => 'cancelled')).call('printArticle', {})).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
  });

  it('a failed print job or a window that cannot print says so', async () => {
    const failing = printerOf(async () => Buffer.alloc(0), async () => Promise.reject(new Error('Print job failed')));
    expect(await setUp(failing).call('printArticle', {})).toMatchObject({ ok: false, error: { code: 'print-failed' } });
    expect(await setUp(undefined).call('printArticle', {})).toMatchObject({ ok: false, error: { code: 'print-failed' } });
    expect(await setUp(undefined).call('exportPdf', { title: 'x' })).toMatchObject({ ok: false, error: { code: 'print-failed' } });
  });
});

describe('the PDF Save dialog', () => {
  function fakeSave(...answers: { canceled: boolean; filePath?: string }[]) {
    return { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(async (..._args: unknown[]) => answers.shift() ?? { canceled: true }) };
  }

  it('offers the name in the documents folder, lists PDF files, titled in the officer’s language', async () => {
    const dialog = fakeSave({ canceled: false, filePath: '/home/pv/Documents/Tin.pdf' });
    const dialogs = createDialogs(dialog as never, () => null, () => '/home/pv/Documents', () => false);
    expect(await dialogs.choosePdfPath!('Hội nghị.pdf', 'vi')).toBe('/home/pv/Documents/Tin.pdf');
    expect(dialog.showSaveDialog.mock.calls[0][0]).toMatchObject({
      title: 'Xuất bài ra tệp PDF',
      defaultPath: '/home/pv/Documents/Hội nghị.pdf',
      filters: [{ name: 'Tài liệu PDF', extensions: ['pdf'] }],
    });
    await createDialogs(fakeSave() as never, () => null).choosePdfPath!('x.pdf', 'en');
  });

  it('adds .pdf, and asks again about a name that is taken once the extension is added', async () => {
    const dialog = fakeSave({ canceled: false, filePath: '/d/bai' }, { canceled: false, filePath: '/d/bai.pdf' });
    const dialogs = createDialogs(dialog as never, () => null, () => '/d', (file) => file === '/d/bai.pdf');
    expect(await dialogs.choosePdfPath!('bai.pdf', 'vi')).toBe('/d/bai.pdf');
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(2);
    expect((dialog.showSaveDialog.mock.calls[1][0] as { defaultPath: string }).defaultPath).toBe('/d/bai.pdf');
    expect(await createDialogs(fakeSave({ canceled: true }) as never, () => null).choosePdfPath!('x.pdf', 'vi')).toBeNull();
  });
});

describe('the menu and the shortcut', () => {
  it('Tệp has In… (Ctrl/⌘+P, handled by the page) and Xuất PDF…, each sent to the page', () => {
    const send = vi.fn();
    const m = messagesFor('vi').menu;
    const template = buildMenuTemplate({ messages: m, platform: 'linux', recentFiles: [], locale: 'vi', send, chooseLocale: vi.fn() });
    const file = template[0].submenu as MenuItemConstructorOptions[];
    const print = file.find((item) => item.label === 'In…');
    const pdf = file.find((item) => item.label === 'Xuất PDF…');
    expect(print).toMatchObject({ accelerator: 'CmdOrCtrl+P', registerAccelerator: false });
    (print!.click as () => void)();
    (pdf!.click as () => void)();
    expect(send.mock.calls).toEqual([
      ['onMenuCommand', { command: 'print' }],
      ['onMenuCommand', { command: 'exportPdf' }],
    ]);
  });

  it('Ctrl+P and ⌘P print on any keyboard layout; Ctrl+Shift+P and Ctrl+Alt+P do not', () => {
    const key = (k: Partial<{ key: string; code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>) => ({
      key: 'p', code: 'KeyP', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...k,
    });
    expect(isPrintShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isPrintShortcut(key({ metaKey: true }))).toBe(true);
    expect(isPrintShortcut(key({ ctrlKey: true, key: 'з' }))).toBe(true); // a Russian layout's P key
    expect(isPrintShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isPrintShortcut(key({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isPrintShortcut(key({}))).toBe(false);
    expect(isPrintShortcut(key({ ctrlKey: true, key: 'o', code: 'KeyO' }))).toBe(false);
  });

  it('the PDF’s name drops what file systems refuse', () => {
    expect(suggestPdfFileName('Báo cáo 6/2022: "kết quả"', 'x')).toBe('Báo cáo 6 2022 kết quả.pdf');
    expect(suggestPdfFileName('CON', 'Bài chưa đặt tên')).toBe('Bài chưa đặt tên.pdf');
  });
});
