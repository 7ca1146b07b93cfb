import type { Page } from '@playwright/test';

/** Fires a paste with the given clipboard contents at the body, as the system clipboard would. */
export async function paste(page: Page, data: { html?: string; text?: string }): Promise<void> {
  await page.evaluate(({ html, text }) => {
    const dt = new DataTransfer();
    if (html !== undefined) dt.setData('text/html', html);
    if (text !== undefined) dt.setData('text/plain', text);
    const root = document.querySelector('[data-testid="editor-body"]') as HTMLElement;
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}

/** A paste of HTML with its text as the plain flavour (tags dropped), as Word and browsers put both. */
export function pasteHtml(page: Page, html: string, text = html.replace(/<[^>]+>/g, '')): Promise<void> {
  return paste(page, { html: html || undefined, text });
}
