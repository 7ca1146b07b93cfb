import { expect, mod, test } from './harness/fixtures';


test.describe('undo history and Vietnamese input', () => {
  test('a Unikey-style replacement (Backspace then the new letter) is never undone halfway', async ({ app }) => {
    await app.page.clock.install();
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Vie');
    await page.clock.fastForward(1200); // a pause longer than the undo merge delay (1 s of Date.now)
    // Telex "ee": Unikey deletes "e" and sends "ê" within a few milliseconds.
    const cdp = await page.context().newCDPSession(page);
    const backspace = { key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 };
    await Promise.all([
      cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...backspace }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...backspace }),
      cdp.send('Input.insertText', { text: 'ê' }),
    ]);
    await page.keyboard.type('t');
    await expect(app.body()).toHaveText('Viêt');
    await page.keyboard.press(`${mod}+z`);
    // Back to what was typed before the replacement, never "Vi".
    await expect(app.body()).toHaveText('Vie');
  });

  test('an IME composition is one undo step and lands in NFC', async ({ app }) => {
    await app.page.clock.install();
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Hà Nam ');
    await page.clock.fastForward(1200); // a pause longer than the undo merge delay
    const cdp = await page.context().newCDPSession(page);
    // The input method shows a decomposed, unfinished letter, then commits the composed one.
    await cdp.send('Input.imeSetComposition', { text: 'e', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'e\u0302', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: 'ê\u0323'.normalize('NFD') });
    await expect.poll(async () => (await app.body().innerText()).normalize('NFC')).toBe('Hà Nam ệ');
    await expect.poll(() => app.body().innerText()).toBe('Hà Nam ệ'.normalize('NFC'));
    await page.keyboard.press(`${mod}+z`);
    await expect.poll(() => app.body().innerText()).toBe('Hà Nam ');
  });

  test('undo keeps at most 100 steps', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    // Each paragraph break is its own step.
    for (let i = 0; i < 110; i += 1) await page.keyboard.press('Enter');
    let undos = 0;
    while (undos < 130 && (await page.getByTestId('tb-undo').isEnabled())) {
      await page.getByTestId('tb-undo').click();
      undos += 1;
    }
    expect(undos).toBe(100);
    await expect(app.body().locator('p')).toHaveCount(11);
  });
});
