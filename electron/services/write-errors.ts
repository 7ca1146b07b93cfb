import { basename } from 'node:path';
import { isFileNameAllowedOnWindows } from '../../shared/article/windows-file-name';
import { AppError } from '../../shared/ipc/errors';
import { appErrorFromNode, errorCodeOf } from './node-errors';

/**
 * A failed write, told as what happened. Writing creates the file, so a missing path there means
 * the folder is gone (ENOENT, ENOTDIR), not a file "moved or deleted"; a name the file system
 * refuses (EINVAL, ENAMETOOLONG; on Windows a reserved or ill-formed name) is the name's fault.
 * Permission and a full disk are sorted as for any file access.
 */
export function writeErrorFromNode(error: unknown): AppError | null {
  switch (errorCodeOf(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('folder-not-found');
    case 'EINVAL':
    case 'ENAMETOOLONG':
      return new AppError('name-not-allowed');
    default:
      return appErrorFromNode(error);
  }
}

/** Refuses, before anything is written, a name Windows would refuse or misread (CON.tinbai is the console). */
export function checkWritableName(path: string, platform: NodeJS.Platform): void {
  if (platform === 'win32' && !isFileNameAllowedOnWindows(basename(path))) throw new AppError('name-not-allowed');
}
