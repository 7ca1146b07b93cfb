import { readFile } from 'node:fs/promises';
import type { CDPSession, Page } from '@playwright/test';
import { decodeDraft } from '../../electron/services/draft/draft-codec';
import { expect, mod, test } from './harness/fixtures';

/**
 * Vietnamese typed the way real input methods deliver it, through Chromium's own input
 * pipeline (CDP), not by setting text:
 * - macOS Telex and IBus: a composition (marked text) growing key by key, then committed;
 * - Unikey on Windows: no composition; each mark replaces the letters before it with
 *   Backspaces and the new letters;
 * - Unikey's "Unicode tổ hợp": base letters followed by combining marks.
 */

async function compose(cdp: CDPSession, steps: string[], commit: string): Promise<void> {
  for (const text of steps) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await cdp.send('Input.insertText', { text: commit });
}

/** macOS Telex: "Vieejt" shows V, Vi, Vie, Viê, Việ, Việt as marked text, then commits "Việt". */
async function telexWord(cdp: CDPSession, keys: string[], word: string): Promise<void> {
  await compose(cdp, keys, word);
}

/** Unikey: type letters; when a mark arrives, Backspace over the changed tail and send it anew. */
async function unikey(page: Page, cdp: CDPSession, actions: (string | { replace: number; with: string })[]): Promise<void> {
  const backspace = { key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 };
  for (const action of actions) {
    if (typeof action === 'string') {
      await page.keyboard.type(action);
      continue;
    }
    for (let i = 0; i < action.replace; i += 1) {
      await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...backspace });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...backspace });
    }
    await cdp.send('Input.insertText', { text: action.with });
  }
}

const bodyText = (page: Page) =>
  page.locator('[data-testid="editor-body"]').evaluate((el) => (el as HTMLElement).innerText.replace(/\n+$/, ''));

test('Telex composition, Unikey replacements and combining marks all land in NFC and survive save and reopen', async ({ app }) => {
  await app.launch();
  const { page } = app;
  const cdp = await page.context().newCDPSession(page);
  await app.body().click();

  // macOS Telex: "Tieengs Vieejt" → "Tiếng Việt".
  await telexWord(cdp, ['T', 'Ti', 'Tie', 'Tiê', 'Tiên', 'Tiêng', 'Tiếng'], 'Tiếng');
  await page.keyboard.type(' ');
  await telexWord(cdp, ['V', 'Vi', 'Vie', 'Viê', 'Việ', 'Việt'], 'Việt');
  await page.keyboard.type(' ');

  // Unikey on Windows: "thuyr" → "thủy": t h u y, then r replaces "uy" with "ủy" (old tone style).
  await unikey(page, cdp, ['thu', 'y', { replace: 2, with: 'ủy' }, ' ']);
  // "Đảng": d d → đ (replace 1), then "ang", then r → "ảng" (replace 3).
  await unikey(page, cdp, ['d', { replace: 1, with: 'đ' }, 'ang', { replace: 3, with: 'ảng' }, ' ']);

  // Unikey "Unicode tổ hợp": letters followed by combining marks (U+0302 circumflex, U+0309 hook, U+0301 acute).
  await cdp.send('Input.insertText', { text: 'Ha\u0300 Nam, nghi\u0323 quye\u0302\u0301t' });

  const expected = 'Tiếng Việt thủy Đảng Hà Nam, nghị quyết'.replace('Đảng', 'đảng');
  await expect.poll(() => bodyText(page)).toBe(expected.normalize('NFC'));
  const onScreen = await bodyText(page);
  expect(onScreen).toBe(onScreen.normalize('NFC'));
  expect(onScreen).not.toMatch(/\p{M}/u); // no loose combining mark anywhere

  // The title and sapô typed with Unikey's "Unicode tổ hợp" are stored composed too.
  await page.getByTestId('meta-title').click();
  await cdp.send('Input.insertText', { text: 'Hội nghị Tỉnh ủy'.normalize('NFD') });
  await page.getByTestId('meta-sapo').click();
  await cdp.send('Input.insertText', { text: 'Chiều ngày 28/5/2022'.normalize('NFD') });

  // Saved and reopened, the text is the same NFC text.
  const file = app.bridge.path('tieng-viet.tinbai');
  app.bridge.answerSave(file);
  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  const stored = JSON.stringify((await decodeDraft(await readFile(file))).body);
  expect(stored).toContain(expected.normalize('NFC'));
  expect(stored).toBe(stored.normalize('NFC'));
  const savedMeta = (await decodeDraft(await readFile(file))).meta;
  expect(savedMeta.title).toBe('Hội nghị Tỉnh ủy'.normalize('NFC'));
  expect(savedMeta.sapo).toBe('Chiều ngày 28/5/2022'.normalize('NFC'));

  await app.restart();
  app.bridge.answerOpen(file);
  await app.page.keyboard.press(`${mod}+o`);
  await expect.poll(() => bodyText(app.page)).toBe(expected.normalize('NFC'));
  expect(app.problems).toEqual([]);
});

test('undo never leaves a half-composed letter', async ({ app }) => {
  await app.page.clock.install();
  await app.launch();
  const { page } = app;
  const cdp = await page.context().newCDPSession(page);
  await app.body().click();

  const words = [
    { keys: ['N', 'Ng', 'Ngh', 'Nghi', 'Nghij', 'Nghị'], word: 'Nghị' },
    { keys: ['q', 'qu', 'quy', 'quye', 'quyê', 'quyêt', 'quyết'], word: 'quyết' },
    { keys: ['Đ', 'Đa', 'Đai', 'Đại'], word: 'Đại' },
  ];
  for (const { keys, word } of words) {
    await telexWord(cdp, keys, word);
    await page.keyboard.type(' ');
    await page.clock.fastForward(1100); // a pause: each word becomes its own undo step
  }
  await expect.poll(async () => (await bodyText(page)).trimEnd()).toBe('Nghị quyết Đại');

  // Every state undo walks through is made of whole, committed words.
  const allowed = new Set(['Nghị quyết Đại', 'Nghị quyết', 'Nghị', '']);
  const seen: string[] = [];
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press(`${mod}+z`);
    const text = (await bodyText(page)).trimEnd();
    seen.push(text);
    expect(allowed.has(text), `after ${i + 1} undo(s): "${text}"`).toBe(true);
    if (text === '') break;
  }
  expect(seen).toContain('Nghị quyết');
  expect(seen.at(-1)).toBe('');
  // Redo brings the words back whole.
  await page.keyboard.press(`${mod}+y`);
  expect(allowed.has((await bodyText(page)).trimEnd())).toBe(true);
  expect(await bodyText(page)).not.toBe('');
});
