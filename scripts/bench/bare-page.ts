import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The yardstick: one plain <div contenteditable> holding the same paragraphs, with the
 * app's own font faces (taken from the built CSS) and the editable's text metrics read
 * from the app page, so that both pages lay out about the same lines.
 */

export interface TextLook {
  fontFamily: string;
  fontSize: string;
  lineHeight: string;
  /** Width of the editable's content box in CSS pixels. */
  width: number;
  padding: string;
  paragraphMargin: string;
}

export const DEFAULT_LOOK: TextLook = {
  fontFamily: "'Noto Serif', serif",
  fontSize: '18px',
  lineHeight: '1.6',
  width: 720,
  padding: '24px',
  paragraphMargin: '0 0 12px',
};

export interface BarePageBlock {
  kind: 'h2' | 'p';
  text: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function barePageHtml(blocks: readonly BarePageBlock[]): string {
  const body = blocks.length
    ? blocks.map((b) => `<${b.kind}>${escapeHtml(b.text)}</${b.kind}>`).join('\n')
    : '<p><br></p>';
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>bare contenteditable</title><link rel="stylesheet" href="bare.css"></head>
<body><div class="bare" contenteditable="true">
${body}
</div></body>
</html>
`;
}

export function barePageCss(look: TextLook, fontFaces: string): string {
  return `${fontFaces}
html, body { margin: 0; }
.bare {
  box-sizing: content-box;
  width: ${look.width}px;
  margin: 0 auto;
  padding: ${look.padding};
  font-family: ${look.fontFamily};
  font-size: ${look.fontSize};
  line-height: ${look.lineHeight};
  outline: none;
  white-space: pre-wrap;
  word-break: break-word;
}
.bare p { margin: ${look.paragraphMargin}; }
.bare h2 { font-size: 1.4em; margin: 1em 0 0.5em; }
`;
}

/** The @font-face rules of the built app, with the font files they point at. */
export function builtFontFaces(assetsDir: string): { css: string; files: string[] } {
  let css = '';
  const files = new Set<string>();
  for (const name of readdirSync(assetsDir).filter((f) => f.endsWith('.css'))) {
    for (const rule of readFileSync(join(assetsDir, name), 'utf8').match(/@font-face\s*\{[^}]*\}/g) ?? []) {
      css += `${rule.replace(/url\((['"]?)[^)'"]*\/([^/)'"]+)\1\)/g, 'url($1$2$1)')}\n`;
      for (const m of rule.matchAll(/url\((['"]?)[^)'"]*?([^/)'"]+)\1\)/g)) files.add(m[2]);
    }
  }
  return { css, files: [...files] };
}

/** Writes index.html (the long article), empty.html, bare.css (plus `extraCss`) and the fonts to a fresh folder. */
export function writeBarePages(blocks: readonly BarePageBlock[], look: TextLook, rendererAssets: string, extraCss = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-bare-'));
  const fonts = builtFontFaces(rendererAssets);
  for (const file of fonts.files) copyFileSync(join(rendererAssets, file), join(dir, file));
  writeFileSync(join(dir, 'index.html'), barePageHtml(blocks));
  writeFileSync(join(dir, 'empty.html'), barePageHtml([]));
  writeFileSync(join(dir, 'bare.css'), `${barePageCss(look, fonts.css)}${extraCss}\n`);
  return dir;
}
