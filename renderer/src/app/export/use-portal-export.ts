import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../../shared/article/article-schema';
import type { ExportCheck } from '../../../../shared/export/export-checks';
import type { ExportErrorCode } from '../../../../shared/export/export-messages';
import type { InvokeOutput } from '../../../../shared/ipc/contract';
import type { ProfileSummary } from '../../../../shared/ipc/export-contract';
import type { AppError } from '../../../../shared/ipc/errors';
import { call, isAppError, soantin } from '../../bridge';
import { isCopyPortalHtmlKey } from './export-shortcut';

export type PackageKind = 'folder' | 'zip';

/** Where the export dialog is: checking, showing the checks, writing, asking about a package of the same name. */
export type ExportPhase =
  | { phase: 'checking' }
  | { phase: 'review'; checks: ExportCheck[]; failure: { code: ExportErrorCode; detail?: string } | null }
  | { phase: 'exporting'; checks: ExportCheck[]; step: 'photos' | 'writing' | 'done'; done: number; total: number }
  | { phase: 'exists'; checks: ExportCheck[]; path: string };

/** A line over the article after the dialog: the package written, the HTML copied, or why not. */
export type ExportNotice = { kind: 'exported'; path: string } | { kind: 'copied' } | { kind: 'copyFailed'; code: ExportErrorCode } | null;

const newExportId = () => crypto.randomUUID().replace(/-/g, '');

/**
 * Tệp ▸ Xuất gói cho cổng… and Tệp ▸ Sao chép HTML cho cổng (Ctrl/⌘+Shift+C). The export shows
 * the checks first (run in the main process, which knows the photos); the Save dialog comes
 * only when nothing blocks; a package of the same name is replaced only when the officer says
 * so. The article on screen is never changed by any of it.
 */
export function usePortalExport(getArticle: () => Article | null, showError: (error: AppError | { code: string }) => void) {
  const [state, setState] = useState<ExportPhase | null>(null);
  const [kind, setKind] = useState<PackageKind>('zip');
  const [profile, setProfile] = useState<ProfileSummary | null>(null);
  const [profileProblems, setProfileProblems] = useState<string[]>([]);
  const [notice, setNotice] = useState<ExportNotice>(null);
  const exportIdRef = useRef<string | null>(null);
  const busy = useRef(false);

  const open = useCallback(async () => {
    if (busy.current) return;
    const article = getArticle();
    if (!article) return;
    setNotice(null);
    setProfileProblems([]);
    setState({ phase: 'checking' });
    const [checked, summary] = await Promise.all([call('checkExport', { article }), call('getPortalProfile', {})]);
    if (isAppError(checked)) {
      setState(null);
      return showError(checked);
    }
    if (!isAppError(summary)) setProfile(summary);
    setState({ phase: 'review', checks: checked.checks, failure: null });
  }, [getArticle, showError]);

  const close = useCallback(() => {
    if (!busy.current) setState(null);
  }, []);

  const answer = useCallback(
    (result: InvokeOutput<'exportPackage'> | AppError, checks: ExportCheck[]) => {
      if (isAppError(result)) {
        setState(null);
        return showError(result);
      }
      switch (result.status) {
        case 'cancelled':
          return setState({ phase: 'review', checks, failure: null });
        case 'refused':
          return setState({ phase: 'review', checks: result.checks, failure: null });
        case 'failed':
          return setState({ phase: 'review', checks, failure: { code: result.code, detail: result.detail } });
        case 'exists':
          return setState({ phase: 'exists', checks, path: result.path });
        case 'exported':
          setState(null);
          return setNotice({ kind: 'exported', path: result.path });
      }
    },
    [showError],
  );

  const run = useCallback(
    async (overwrite: boolean) => {
      if (busy.current || !state || state.phase === 'checking') return;
      const article = getArticle();
      if (!article) return;
      const { checks } = state;
      if (!overwrite) exportIdRef.current = newExportId();
      const exportId = exportIdRef.current!;
      busy.current = true;
      setState({ phase: 'exporting', checks, step: 'photos', done: 0, total: 0 });
      const off = soantin().onExportProgress((p) => {
        if (p.exportId === exportId) setState({ phase: 'exporting', checks, step: p.step, done: p.done, total: p.total });
      });
      try {
        answer(await call('exportPackage', { article, kind, exportId, ...(overwrite ? { overwrite: true } : {}) }), checks);
      } finally {
        off();
        busy.current = false;
      }
    },
    [answer, getArticle, kind, state],
  );

  const copy = useCallback(async () => {
    const article = getArticle();
    if (!article) return;
    const result = await call('copyPortalHtml', { article });
    if (isAppError(result)) return showError(result);
    setNotice(result.status === 'copied' ? { kind: 'copied' } : { kind: 'copyFailed', code: result.code });
  }, [getArticle, showError]);

  const loadProfile = useCallback(async () => {
    const result = await call('loadPortalProfile', {});
    if (isAppError(result)) return showError(result);
    if (result.status === 'loaded') {
      setProfile(result.profile);
      setProfileProblems([]);
    } else if (result.status === 'invalid') setProfileProblems(result.problems);
  }, [showError]);

  const resetProfile = useCallback(async () => {
    const result = await call('resetPortalProfile', {});
    if (isAppError(result)) return showError(result);
    setProfile(result);
    setProfileProblems([]);
  }, [showError]);

  // The menu's two items and the copy shortcut (the menu only displays it).
  const latest = useRef({ open, copy });
  latest.current = { open, copy };
  useEffect(() => {
    const off = soantin().onMenuCommand(({ command }) => {
      if (command === 'exportPackage') void latest.current.open();
      if (command === 'copyPortalHtml') void latest.current.copy();
    });
    const onKey = (e: KeyboardEvent) => {
      if (!isCopyPortalHtmlKey(e)) return;
      e.preventDefault();
      void latest.current.copy();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      off();
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  return {
    state,
    kind,
    setKind,
    profile,
    profileProblems,
    notice,
    dismissNotice: () => setNotice(null),
    open,
    close,
    exportNow: () => void run(false),
    overwrite: () => void run(true),
    keep: () => state && state.phase === 'exists' && setState({ phase: 'review', checks: state.checks, failure: null }),
    loadProfile: () => void loadProfile(),
    resetProfile: () => void resetProfile(),
  };
}
