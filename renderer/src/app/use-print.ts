import { useEffect, useRef } from 'react';
import type { AppError } from '../../../shared/ipc/errors';
import { call, isAppError, soantin } from '../bridge';
import '../styles/print.css';
import { isPrintShortcut } from './print-shortcut';

/**
 * Tệp ▸ In… (Ctrl/⌘+P) and Tệp ▸ Xuất PDF…: the main process prints the page or makes its PDF;
 * the print stylesheet lays the article out like the portal page without the window's chrome.
 * One at a time: a second request while the dialog is open is ignored.
 */
export function usePrint(currentTitle: () => string, showError: (err: AppError | { code: string }) => void): void {
  const latest = useRef({ currentTitle, showError });
  latest.current = { currentTitle, showError };
  const busy = useRef(false);

  useEffect(() => {
    const run = async (what: 'print' | 'exportPdf') => {
      if (busy.current) return;
      busy.current = true;
      try {
        const result = what === 'print' ? await call('printArticle', {}) : await call('exportPdf', { title: latest.current.currentTitle() });
        if (isAppError(result)) latest.current.showError(result);
      } finally {
        busy.current = false;
      }
    };
    const offMenu = soantin().onMenuCommand(({ command }) => {
      if (command === 'print' || command === 'exportPdf') void run(command);
    });
    const onKey = (e: KeyboardEvent) => {
      if (!isPrintShortcut(e)) return;
      e.preventDefault();
      void run('print');
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu();
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
