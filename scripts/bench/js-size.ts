import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsSize {
  files: { name: string; bytes: number; gzipBytes: number }[];
  gzipKB: number;
}

/** What the renderer ships as JavaScript: every .js in the built assets, gzipped at level 9. */
export function rendererJsSize(assetsDir: string): JsSize {
  const files = readdirSync(assetsDir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(assetsDir, name));
      return { name, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
  const total = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return { files, gzipKB: total / 1024 };
}
