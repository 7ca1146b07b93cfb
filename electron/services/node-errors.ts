import { AppError } from '../../shared/ipc/errors';

/** Maps a file-system failure to what the user can act on. Unknown errors map to nothing. */
export function appErrorFromNode(error: unknown): AppError | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
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
