/**
 * Writes the reference draft, every broken draft and the leader directory files used by the
 * tests into a folder, for a look by hand (unzip -l, opening them in the app or in Excel):
 *
 *   npm run fixtures -- /tmp/soantin-fixtures
 *
 * (the tests import tests/fixtures/drafts.ts and tests/fixtures/directory-xlsx.ts directly and need no script.)
 */
import { resolve } from 'node:path';
import { writeDirectoryFixtures } from '../tests/fixtures/directory-xlsx';
import { BROKEN_DRAFTS, writeDraftFixtures } from '../tests/fixtures/drafts';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run fixtures -- <folder>');
  process.exit(2);
}

const written = await writeDraftFixtures(resolve(folder));
const expected = new Map(BROKEN_DRAFTS.map((d) => [d.file, d.code]));
for (const [file, path] of written) console.log(`${(expected.get(file) ?? 'opens').padEnd(16)} ${path}`);
for (const [, path] of await writeDirectoryFixtures(resolve(folder, 'danh-ba'))) console.log(`${'directory'.padEnd(16)} ${path}`);
