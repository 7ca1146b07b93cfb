import { readFile } from 'node:fs/promises';
import yauzl from 'yauzl';

/** The entry names of a zip on disk, in archive order. */
export async function zipNames(path: string): Promise<string[]> {
  const zip = await yauzl.fromBufferPromise(await readFile(path));
  const names: string[] = [];
  await new Promise<void>((done, fail) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      names.push(entry.fileName);
      zip.readEntry();
    });
    zip.on('end', () => done());
    zip.on('error', fail);
    zip.readEntry();
  });
  return names;
}
