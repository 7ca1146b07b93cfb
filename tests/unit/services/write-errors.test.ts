import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBytes } from '../../../electron/services/draft/draft-files';
import { writeErrorFromNode } from '../../../electron/services/write-errors';
import { AppError } from '../../../shared/ipc/errors';

const nodeError = (code: string) => Object.assign(new Error(code), { code });

describe('a failed save says what happened', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'soantin-write-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('a folder that is gone is the folder, not a moved file', async () => {
    await expect(writeBytes(join(dir, 'đã xóa', 'bài.tinbai'), Buffer.from('x'), 'linux')).rejects.toMatchObject({ code: 'folder-not-found' });
  });

  it('a "folder" that is a file is the folder too', async () => {
    await writeFile(join(dir, 'tệp'), 'x');
    await expect(writeBytes(join(dir, 'tệp', 'bài.tinbai'), Buffer.from('x'), 'linux')).rejects.toMatchObject({ code: 'folder-not-found' });
  });

  it('on Windows a reserved name is refused before anything is written', async () => {
    await expect(writeBytes(join(dir, 'CON.tinbai'), Buffer.from('x'), 'win32')).rejects.toMatchObject({ code: 'name-not-allowed' });
  });

  it('sorts the other system errors as any file access does', () => {
    expect(writeErrorFromNode(nodeError('EACCES'))?.code).toBe('permission-denied');
    expect(writeErrorFromNode(nodeError('ENOSPC'))?.code).toBe('disk-full');
    expect(writeErrorFromNode(nodeError('EINVAL'))?.code).toBe('name-not-allowed');
    expect(writeErrorFromNode(nodeError('ENAMETOOLONG'))?.code).toBe('name-not-allowed');
    expect(writeErrorFromNode(new Error('no code'))).toBeNull();
    expect(writeErrorFromNode(nodeError('ENOENT'))).toBeInstanceOf(AppError);
  });
});
