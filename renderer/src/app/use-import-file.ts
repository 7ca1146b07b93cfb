import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportReport } from '../../../shared/import/import-report';
import type { AppError } from '../../../shared/ipc/errors';
import type { SourceEncoding } from '../../../shared/text/convert/source-encoding';
import { call, isAppError, soantin } from '../bridge';
import type { DocumentStore } from './document-store';
import type { Leave } from './use-file-flows';

/**
 * Tệp ▸ Nhập tệp…: like Open, it first asks about unsaved work, then the main process asks
 * which file and reads it; the new draft replaces the open one only when the import worked
 * (a refused file leaves the article on screen as it was), and its report is shown. A .txt
 * can be read again in an encoding the officer chooses, replacing the draft just imported.
 */
export function useImportFile(store: DocumentStore, request: (to: Leave) => void, showError: (err: AppError | { code: string }) => void) {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [source, setSource] = useState<string | null>(null);

  const load = useCallback(
    async (input: { path?: string; encoding?: SourceEncoding }): Promise<boolean> => {
      const result = await call('importFile', input);
      if (isAppError(result)) {
        showError(result);
        return false;
      }
      if (result.status === 'cancelled') return false;
      store.dispatch({ type: 'loaded', article: result.article, path: null, origin: 'new' });
      setSource(result.path);
      setReport(result.report);
      return true;
    },
    [store, showError],
  );
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(
    () =>
      soantin().onMenuCommand(({ command }) => {
        if (command === 'importFile') request({ kind: 'import', run: () => loadRef.current({}) });
      }),
    [request],
  );

  /** Reads the same file again as `encoding`: only the draft just imported, untouched since, is replaced. */
  const readAgain = useCallback(
    (encoding: SourceEncoding) => {
      if (source && !store.getState().dirty) void load({ path: source, encoding });
    },
    [source, store, load],
  );

  return { report, closeReport: () => setReport(null), readAgain };
}
