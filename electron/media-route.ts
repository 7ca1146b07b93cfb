/**
 * The page shows a photo as `media/<sha256>.jpg` beside its own files (app://soantin/media/… in the
 * app, the same path on the browser tests' loopback server): never a file:// path. The route
 * answers only for a photo the media library holds (the open drafts' and those imported since),
 * under the page's CSP.
 */
const MEDIA_PATH = /^\/media\/([0-9a-f]{64})\.jpg$/;

export function mediaHashOfPath(pathname: string): string | null {
  return MEDIA_PATH.exec(pathname)?.[1] ?? null;
}

export type PhotoPreview = (hash: string) => Promise<Buffer | null>;
