import { readFile } from 'node:fs/promises';
import type { CustomScheme } from 'electron';
import { contentTypeFor } from './content-type';
import { mediaHashOfPath, type PhotoPreview } from './media-route';
import { APP_HOST, APP_SCHEME } from './security/app-origin';
import { resolveAppAssetPath } from './security/app-path';
import { contentSecurityPolicy } from './security/csp';

/** Registered before `ready`: a standard, secure scheme so the page is a secure context with a real origin. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

/**
 * Answers `app://soantin/…` from the built renderer folder, with the app's CSP on every
 * response. Other hosts, other methods and paths outside the folder get nothing.
 */
export function createAppProtocolHandler(rendererRoot: string, read: ReadFile = readFile, preview: PhotoPreview = async () => null) {
  const csp = contentSecurityPolicy();
  const refuse = (status: number) =>
    new Response(null, { status, headers: { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' } });

  return async function handleAppRequest(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404);
    const photo = mediaHashOfPath(url.pathname);
    if (photo) {
      const bytes = await preview(photo);
      if (!bytes) return refuse(404);
      const headers = { 'Content-Type': 'image/jpeg', 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, max-age=31536000, immutable' };
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), { status: 200, headers });
    }
    const file = resolveAppAssetPath(rendererRoot, url.pathname);
    if (!file) return refuse(404);
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch {
      return refuse(404);
    }
    const headers = {
      'Content-Type': contentTypeFor(file),
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
