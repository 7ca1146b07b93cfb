import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportReport } from '../../../shared/import/import-report';
import type { AppError } from '../../../shared/ipc/errors';
import { call, isAppError, soantin } from '../bridge';
import type { DocumentStore } from './document-store';
import type { Leave } from './use-file-flows';

/**
 * Tệp ▸ Nhập tệp…: like Open, it first asks about unsaved work, then the main process asks
 * which file and reads it; the new draft replaces the open one only when the import worked
 * (a refused file leaves the article on screen as it was), and its report is shown.
 */
export function useImportFile(store: DocumentStore, request: (to: Leave) => void, showError: (err: AppError | { code: string }) => void) {
  const [report, setReport] = useState<ImportReport | null>(null);
  const run = useCallback(async (): Promise<boolean> => {
    const result = await call('importFile', {});
    if (isAppError(result)) {
      showError(result);
      return false;
    }
    if (result.status === 'cancelled') return false;
    store.dispatch({ type: 'loaded', article: result.article, path: null, origin: 'new' });
    setReport(result.report);
    return true;
  }, [store, showError]);
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(
    () =>
      soantin().onMenuCommand(({ command }) => {
        if (command === 'importFile') request({ kind: 'import', run: () => runRef.current() });
      }),
    [request],
  );

  return { report, closeReport: () => setReport(null) };
}
