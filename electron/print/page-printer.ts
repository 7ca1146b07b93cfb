import type { WebContents } from 'electron';
import type { PagePrinter } from '../services/ports';
import { electronPdfOptions } from './pdf-layout';

/**
 * The window's page as a printer: webContents.print (the system dialog) and printToPDF, each
 * laid out by the page's print stylesheet. Only a type comes from Electron, so a fake page
 * tests it.
 */
export function createPagePrinter(contents: Pick<WebContents, 'print' | 'printToPDF' | 'isDestroyed'>): PagePrinter {
  return {
    print() {
      return new Promise((resolve, reject) => {
        if (contents.isDestroyed()) return reject(new Error('the window is gone'));
        contents.print({ silent: false, printBackground: true, pageSize: 'A4' }, (success, failureReason) => {
          if (success) resolve('printed');
          else if (isCancellation(failureReason)) resolve('cancelled');
          else reject(new Error(`print failed: ${failureReason}`));
        });
      });
    },
    async pdf() {
      if (contents.isDestroyed()) throw new Error('the window is gone');
      return contents.printToPDF(electronPdfOptions());
    },
  };
}

/** Electron reports a print dialog closed without printing as a failure ("Print job canceled"). */
export function isCancellation(reason: string): boolean {
  return /cancel/i.test(reason);
}
