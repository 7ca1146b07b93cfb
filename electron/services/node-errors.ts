import { AppError, type AppErrorPayload } from '../../shared/ipc/errors';

/** The `code` Node puts on a system error (ENOENT, EACCES…), or undefined. */
export function errorCodeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** Maps a file-system failure to what the user can act on. Unknown errors map to nothing. */
export function appErrorFromNode(error: unknown): AppError | null {
  const code = errorCodeOf(error);
  switch (code) {
    case 'ENOENT':
      return new AppError('file-not-found');
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError('permission-denied');
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('disk-full');
    case 'EISDIR':
    case 'ENOTDIR':
    case 'EIO':
    case 'EBUSY':
    case 'EMFILE':
      return new AppError('io-error', String(code));
    default:
      return null;
  }
}

/** Any failure as the page is told it: ours as is, the file system's sorted, the rest `internal`. */
export function toErrorPayload(error: unknown): AppErrorPayload {
  if (error instanceof AppError) return error.toPayload();
  const fromNode = appErrorFromNode(error);
  if (fromNode) return fromNode.toPayload();
  return { code: 'internal' };
}
