import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import yazl from 'yazl';
import { ExportError } from '../../../shared/export/export-error';
import { syncFolder, writeFileAtomically } from '../atomic-write';
import { errorCodeOf } from '../node-errors';

/**
 * Where a package lands, all or nothing. A folder is built in a hidden sibling folder and
 * renamed into place (a rename within one folder is atomic); a zip is made in memory and
 * written by writeFileAtomically (temp file, fsync, rename). An existing target is never
 * replaced unless the caller says so, and even then only once the new package is complete.
 */

export interface PackageFile {
  /** Path inside the package, "/"-separated: "images/x-1-480.jpg". */
  name: string;
  data: Buffer;
}

/** Our own names only: ASCII slugs and fixed names, one level of folder, nothing to climb out with. */
const PACKAGE_ENTRY = /^(?:[a-z0-9][a-z0-9._-]*\/)?[A-Za-z0-9][A-Za-z0-9._-]*$/;

export type PackageTarget = { kind: 'folder' | 'zip'; path: string };

export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return false;
    throw error;
  }
}

export async function assertTargetFree(target: PackageTarget, overwrite: boolean): Promise<void> {
  if (!overwrite && (await exists(target.path))) throw new ExportError('target-exists', { detail: target.path });
}

export async function writePackage(target: PackageTarget, files: readonly PackageFile[], options: { overwrite: boolean; mtime: Date }): Promise<void> {
  for (const { name } of files) if (!PACKAGE_ENTRY.test(name)) throw new Error(`unsafe package entry: ${name}`);
  if (target.kind === 'zip') await writeZip(target.path, files, options);
  else await writeFolder(target.path, files, options.overwrite);
}

// Photos and fonts are compressed already: stored as they are, the zip is made faster and no larger.
const STORED = /\.(jpe?g|webp|woff2)$/i;

export async function zipBytes(files: readonly PackageFile[], mtime: Date): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const { name, data } of files) zip.addBuffer(data, name, { compress: !STORED.test(name), mtime });
  zip.end();
  const stream = zip.outputStream as Readable;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function writeZip(path: string, files: readonly PackageFile[], options: { overwrite: boolean; mtime: Date }): Promise<void> {
  const bytes = await zipBytes(files, options.mtime);
  // Asked again at the last moment: the folder may have changed while the photos were made.
  await assertTargetFree({ kind: 'zip', path }, options.overwrite);
  await writeFileAtomically(path, bytes);
}

const tempSibling = (path: string, tag: string) => join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.${tag}`);

async function writeFolder(path: string, files: readonly PackageFile[], overwrite: boolean): Promise<void> {
  const temp = tempSibling(path, 'partial');
  await mkdir(temp);
  try {
    const folders = new Set(files.map((f) => dirname(f.name)).filter((d) => d !== '.'));
    for (const folder of [...folders].sort()) await mkdir(join(temp, folder), { recursive: true });
    for (const file of files) await writeDurably(join(temp, file.name), file.data);
    if (process.platform !== 'win32') await syncFolder(temp); // a folder cannot be opened for fsync on Windows
    await moveIntoPlace(temp, path, overwrite);
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => {});
    throw error;
  }
  if (process.platform !== 'win32') await syncFolder(dirname(path));
}

/** The finished folder takes the target's name; an old package (when allowed) goes only after. */
async function moveIntoPlace(temp: string, path: string, overwrite: boolean): Promise<void> {
  if (!(await exists(path))) {
    await rename(temp, path);
    return;
  }
  if (!overwrite) throw new ExportError('target-exists', { detail: path });
  const old = tempSibling(path, 'old');
  await rename(path, old);
  try {
    await rename(temp, path);
  } catch (error) {
    await rename(old, path).catch(() => {});
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

async function writeDurably(path: string, data: Buffer): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
