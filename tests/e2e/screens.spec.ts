import { writeFile } from 'node:fs/promises';
import { validDraft, REFERENCE_TITLE } from '../fixtures/drafts';
import { expect, test } from './harness/fixtures';

/** The main screens, as a press officer sees them, saved to test-results/screens/. */
test.describe('main screens', () => {
  test('the reference article opened from the command line', async ({ app }) => {
    const path = app.bridge.path('Hội nghị Duy Tiên.tinbai');
    await writeFile(path, await validDraft());
    await app.launch({ launchFile: path });
    await expect(app.page.getByTestId('meta-title')).toHaveValue(REFERENCE_TITLE);
    await expect(app.page.getByTestId('word-count')).toHaveText(/^[1-9][\d.]* từ · [1-9][\d.]* ký tự$/);
    await app.screenshot('01-article');
    expect(app.problems).toEqual([]);
  });
});
