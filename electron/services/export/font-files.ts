import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FONTS_FOLDER, PREVIEW_FONTS, type PreviewFont } from '../../../shared/export/preview-page';

/**
 * The bundled fonts the preview page names, read from the @fontsource packages (or from a
 * folder the caller gives, where the packaged app keeps them). A face that cannot be found is
 * left out and reported: the page then falls back to the reader's Georgia or Times, it still opens.
 */

export interface FontFile {
  name: string;
  data: Buffer;
}

export async function readPreviewFonts(fontDir?: string): Promise<{ files: FontFile[]; missing: string[] }> {
  const files: FontFile[] = [];
  const missing: string[] = [];
  for (const font of PREVIEW_FONTS) {
    const path = fontPath(font, fontDir);
    try {
      if (path === null) throw new Error('not installed');
      files.push({ name: FONTS_FOLDER + font.file, data: await readFile(path) });
    } catch {
      missing.push(font.file);
    }
  }
  return { files, missing };
}

const packageDirs = new Map<string, string | null>();

function fontPath(font: PreviewFont, fontDir: string | undefined): string | null {
  if (fontDir) return join(fontDir, font.file);
  if (!packageDirs.has(font.pkg)) {
    let dir: string | null = null;
    try {
      // Resolved on first use, not at import: a bundled main process may have no node_modules at all.
      dir = join(dirname(createRequire(import.meta.url).resolve(`${font.pkg}/package.json`)), 'files');
    } catch {
      dir = null;
    }
    packageDirs.set(font.pkg, dir);
  }
  const dir = packageDirs.get(font.pkg);
  return dir ? join(dir, font.file) : null;
}
