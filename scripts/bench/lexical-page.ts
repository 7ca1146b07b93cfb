import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { barePageCss, builtFontFaces, type TextLook } from './bare-page';

/**
 * The minimal Lexical page (scripts/bench/minimal-lexical/main.ts), built minified with Vite
 * at bench start into a fresh folder, next to the bare page's stylesheet and the app's fonts,
 * so it looks as the bare page does. index.html loads long.json (the long article's body as
 * Lexical JSON) from the same server; empty.html starts with an empty editor.
 */

const ENTRY = resolve(import.meta.dirname, 'minimal-lexical/main.ts');
export const LEXICAL_SCRIPT = 'main.js';
export const LEXICAL_DOCUMENT = 'long.json';

/** The page's HTML; `doc` is the URL of the editor state to load, or null for an empty editor. */
export function lexicalPageHtml(doc: string | null): string {
  const data = doc === null ? '' : ` data-doc="${doc.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>minimal Lexical</title><link rel="stylesheet" href="bare.css"><script type="module" src="${LEXICAL_SCRIPT}"></script></head>
<body><div id="root"${data}></div></body>
</html>
`;
}

/** Builds the page and writes index.html, empty.html, long.json, bare.css and the fonts; returns the folder. */
export async function writeLexicalPages(body: unknown, look: TextLook, rendererAssets: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-lexical-'));
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'minimal-lexical'),
    plugins: [react()],
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: true,
      modulePreload: false,
      rollupOptions: { input: ENTRY, output: { entryFileNames: LEXICAL_SCRIPT } },
    },
  });
  const fonts = builtFontFaces(rendererAssets);
  for (const file of fonts.files) copyFileSync(join(rendererAssets, file), join(dir, file));
  writeFileSync(join(dir, 'bare.css'), barePageCss(look, fonts.css));
  writeFileSync(join(dir, LEXICAL_DOCUMENT), JSON.stringify(body));
  writeFileSync(join(dir, 'index.html'), lexicalPageHtml(LEXICAL_DOCUMENT));
  writeFileSync(join(dir, 'empty.html'), lexicalPageHtml(null));
  return dir;
}
