import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlToBody, type BodyBuild, type ImportedFigure } from '../../../shared/import/html-to-body';
import { declaredCharset, decodeBytes } from './decode-text';
import type { KeepPhoto } from './import-docx';

const IMG_SRC = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/**
 * The file a saved page's <img src> names, only when it lies in the page's own folder (Word's
 * "bao-cao_files/image001.jpg"): a page must not make the importer read elsewhere on disk.
 */
function localPhotoPath(src: string, folder: string): string | null {
  let path: string;
  try {
    path = /^file:/i.test(src) ? fileURLToPath(src) : resolve(folder, decodeURIComponent(src.split(/[?#]/)[0]));
  } catch {
    return null;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^file:/i.test(src)) return null;
  const inside = relative(folder, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? path : null;
}

function dataUriBytes(src: string): Buffer | null {
  const m = /^data:image\/[\w.+-]+;base64,([A-Za-z0-9+/=\s]+)$/i.exec(src);
  return m ? Buffer.from(m[1].replace(/\s+/g, ''), 'base64') : null;
}

/** An .html/.htm saved from Word or a portal → body blocks, its local and inline photos through the photo pipeline. */
export async function importHtml(path: string, bytes: Buffer, keepPhoto: KeepPhoto): Promise<BodyBuild> {
  const html = decodeBytes(bytes, declaredCharset(bytes));
  const folder = dirname(path);
  const figures = new Map<string, ImportedFigure | null>();
  let index = 0;
  for (const m of html.matchAll(IMG_SRC)) {
    const src = (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&');
    if (figures.has(src)) continue;
    index += 1;
    const inline = dataUriBytes(src);
    const local = inline ? null : localPhotoPath(src, folder);
    const data = inline ?? (local ? await readFile(local).catch(() => null) : null);
    figures.set(src, data ? await keepPhoto(data, local ? local.split(/[\\/]/).pop()! : `anh-${index}.jpg`).catch(() => null) : null);
  }
  return htmlToBody(html, { figureFor: (src) => figures.get(src) ?? null });
}
