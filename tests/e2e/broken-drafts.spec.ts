import { writeDraftFixtures, BROKEN_DRAFTS } from '../fixtures/drafts';
import { errorsVi } from '../../shared/i18n/messages/errors';
import { expect, mod, test } from './harness/fixtures';

/** A file that is not a good draft gets a clear message, and the open article is left as it was. */
test('opening broken files shows a clear Vietnamese message and changes nothing', async ({ app }) => {
  const files = await writeDraftFixtures(app.bridge.path('fixtures'));
  await app.launch();
  const { page } = app;
  await page.getByTestId('meta-title').fill('Bài đang viết');
  await app.body().click();
  await page.keyboard.type('Nội dung đang soạn dở.');
  const titleBefore = await page.title();

  for (const broken of BROKEN_DRAFTS) {
    app.bridge.answerOpen(files.get(broken.file)!);
    await page.keyboard.press(`${mod}+o`);
    // Open replaces the article, so the unsaved one is asked about first, as Notepad does.
    await page.getByTestId('unsaved-discard').click();
    const banner = page.getByTestId('error-banner');
    await expect(banner, broken.file).toContainText(errorsVi[broken.code]);
    await expect(banner).not.toContainText(/Error|at \w+ \(|stack/i);
    if (broken.code === 'not-a-draft') await app.screenshot('04-broken-draft');
    // The article on screen is untouched, still unsaved.
    await expect(page.getByTestId('meta-title')).toHaveValue('Bài đang viết');
    await expect(app.body()).toHaveText('Nội dung đang soạn dở.');
    await expect(page).toHaveTitle(titleBefore);
    await page.getByTestId('error-banner-dismiss').click();
    await expect(banner).toHaveCount(0);
  }
  // Each failure was a typed error from the main process, never a crash.
  const opens = app.bridge.calls.filter((c) => c.method === 'openDocument');
  expect(opens.map((c) => c.code)).toEqual(BROKEN_DRAFTS.map((b) => b.code));
  expect(app.problems).toEqual([]);
});

test('a broken draft given on the command line starts an empty article with the message', async ({ app }) => {
  const files = await writeDraftFixtures(app.bridge.path('fixtures'));
  await app.launch({ launchFile: files.get('newer-format.tinbai') });
  await expect(app.page.getByTestId('error-banner')).toContainText(errorsVi['newer-format']);
  await expect(app.body()).toHaveText('');
  await expect(app.page).toHaveTitle('Bài chưa đặt tên.tinbai — Soạn Tin');
});
