import path from 'node:path';

type PathApi = Pick<typeof path, 'resolve' | 'sep' | 'posix'>;

/**
 * The file in the renderer folder that an `app://soantin/<pathname>` request names, or null
 * when the request would leave the folder (.., encoded separators, NUL) or is malformed.
 * `pathApi` lets tests check Windows rules on any machine.
 */
export function resolveAppAssetPath(root: string, pathname: string, pathApi: PathApi = path): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (!decoded.startsWith('/')) decoded = `/${decoded}`;
  // Any '..' segment is refused outright rather than resolved: a real asset never has one.
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const relative = pathApi.posix.normalize(decoded === '/' ? '/index.html' : decoded).replace(/^\/+/, '');
  if (relative === '' || /^[a-zA-Z]:/.test(relative)) return null;
  const base = pathApi.resolve(root);
  const file = pathApi.resolve(base, relative);
  return file.startsWith(base + pathApi.sep) ? file : null;
}
