import { checkForExport, hasBlocking, type ExportCheck } from '../../shared/export/export-checks';
import { ExportError } from '../../shared/export/export-error';
import { figuresOf } from '../../shared/export/export-node';
import { clipboardPayload } from '../../shared/export/portal-fragment';
import { DEFAULT_PORTAL_PROFILE } from '../../shared/export/portal-profile';
import { packageName } from '../../shared/export/slug';
import type { InvokeInput, InvokeOutput } from '../../shared/ipc/contract';
import type { ProfileSummary } from '../../shared/ipc/export-contract';
import { AppError } from '../../shared/ipc/errors';
import { exportPackage } from '../services/export/export-package';
import { exists } from '../services/export/package-target';
import { readPortalProfileFile } from '../services/export/profile-file';
import type { ClipboardPort, Dialogs, Log, MediaLibrary, PortalProfileSetting, Settings } from '../services/ports';
import type { CallContext } from './handlers';

export interface ExportHandlerDeps {
  media: MediaLibrary;
  settings: Settings;
  dialogs: Dialogs;
  /** The profile setting; the reference portal's defaults without it. */
  portalProfile?: PortalProfileSetting;
  /** Without it, Sao chép HTML cho cổng reports 'internal'. */
  clipboard?: ClipboardPort;
  log: Log;
}

type ExportMethod = 'checkExport' | 'exportPackage' | 'copyPortalHtml' | 'getPortalProfile' | 'loadPortalProfile' | 'resetPortalProfile';
export type ExportHandlerTable = {
  [M in ExportMethod]: (input: InvokeInput<M>, ctx: CallContext) => Promise<InvokeOutput<M>>;
};

/** An export not done for a reason the user can act on: said with its code, never thrown across the bridge. */
function failure(error: ExportError) {
  return { status: 'failed' as const, code: error.code, ...(error.details.detail ? { detail: error.details.detail.slice(0, 4000) } : {}) };
}

/** Checks as the contract carries them (a quoted link or placeholder cut short). */
function portable(checks: readonly ExportCheck[]): ExportCheck[] {
  return checks.map((c) => (c.params.text && c.params.text.length > 200 ? { ...c, params: { ...c.params, text: c.params.text.slice(0, 200) } } : c));
}

/**
 * The portal export's handlers: the same checks, serializer and package as `soan-tin export`,
 * with the photos from the media library (every draft opened, every photo imported since).
 * Where the package goes is chosen in the main process's own dialog and remembered by the
 * export's id, so the page never names a path it could overwrite.
 */
export function createExportHandlers(deps: ExportHandlerDeps): ExportHandlerTable {
  const { media, settings, dialogs, log } = deps;
  const profile = () => deps.portalProfile?.get() ?? DEFAULT_PORTAL_PROFILE;
  const summary = (): ProfileSummary => {
    const p = profile();
    return { name: p.name, imageBaseUrl: p.imageBaseUrl, custom: deps.portalProfile?.isCustom() ?? false };
  };
  /** The target each export's dialog chose, until it is written or given up. */
  const targets = new Map<string, { path: string; kind: 'folder' | 'zip' }>();

  async function mediaPresence(article: InvokeInput<'checkExport'>['article']): Promise<Set<string>> {
    const present = new Set<string>();
    for (const { figure } of figuresOf(article.body.root)) {
      if (!present.has(figure.media) && (await media.has(figure.media).catch(() => false))) present.add(figure.media);
    }
    return present;
  }

  return {
    async checkExport({ article }) {
      const present = await mediaPresence(article);
      return { checks: portable(checkForExport(article, { hasMedia: (hash) => present.has(hash) })) };
    },

    async exportPackage({ article, kind, exportId, overwrite }, ctx) {
      let target = overwrite ? targets.get(exportId) : undefined;
      if (overwrite && (!target || target.kind !== kind)) throw new AppError('path-not-allowed', 'no export target chosen for this id');
      if (!target) {
        // Refused before any dialog: nothing to choose a place for.
        const present = await mediaPresence(article);
        const checks = checkForExport(article, { hasMedia: (hash) => present.has(hash) });
        if (hasBlocking(checks)) return { status: 'refused' as const, checks: portable(checks) };
        const chosen = (await dialogs.chooseExportTarget?.(packageName(article.meta.title, kind), kind, settings.getLocale())) ?? null;
        if (!chosen) return { status: 'cancelled' as const };
        target = { path: kind === 'zip' && !/\.zip$/i.test(chosen) ? `${chosen}.zip` : chosen, kind };
        targets.set(exportId, target);
        if (await exists(target.path)) return { status: 'exists' as const, path: target.path, kind };
      }
      try {
        const result = await exportPackage({
          article,
          media: (hash) => media.read(hash),
          profile: profile(),
          target,
          overwrite: overwrite ?? false,
          onProgress: (p) => ctx.window.notify('onExportProgress', { exportId, ...p }),
        });
        targets.delete(exportId);
        if (result.missingFonts.length > 0) log(`export: preview fonts not found: ${result.missingFonts.join(', ')}`);
        return { status: 'exported' as const, path: result.path, kind, files: result.files.length, warnings: portable(result.warnings) };
      } catch (error) {
        if (!(error instanceof ExportError)) {
          targets.delete(exportId);
          throw error;
        }
        if (error.code === 'target-exists') return { status: 'exists' as const, path: target.path, kind };
        targets.delete(exportId);
        if (error.code === 'blocking-problems') return { status: 'refused' as const, checks: portable(error.details.checks ?? []) };
        log(`export refused: ${error.message}`);
        return failure(error);
      }
    },

    async copyPortalHtml({ article }) {
      if (!deps.clipboard) throw new AppError('internal', 'no clipboard');
      let payload: { html: string; text: string };
      try {
        payload = clipboardPayload(article, profile());
      } catch (error) {
        if (error instanceof ExportError) return failure(error);
        throw error;
      }
      await deps.clipboard.write(payload);
      return { status: 'copied' as const, characters: payload.html.length };
    },

    async getPortalProfile() {
      return summary();
    },

    async loadPortalProfile() {
      const chosen = (await dialogs.chooseProfileFile?.(settings.getLocale())) ?? null;
      if (!chosen) return { status: 'cancelled' as const };
      try {
        const loaded = await readPortalProfileFile(chosen);
        if (!deps.portalProfile) throw new AppError('internal', 'no profile setting');
        deps.portalProfile.set(loaded);
        return { status: 'loaded' as const, profile: summary() };
      } catch (error) {
        if (error instanceof ExportError) return { status: 'invalid' as const, problems: (error.details.detail ?? '').split('; ').filter(Boolean).slice(0, 50) };
        throw error;
      }
    },

    async resetPortalProfile() {
      deps.portalProfile?.reset();
      return summary();
    },
  };
}
