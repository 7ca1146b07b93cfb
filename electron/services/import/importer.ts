import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MediaItem } from '../../../shared/article/article-schema';
import { articleSchema } from '../../../shared/article/article-schema';
import { assembleArticle } from '../../../shared/import/imported-article';
import type { BodyBuild } from '../../../shared/import/html-to-body';
import type { ImportReport } from '../../../shared/import/import-report';
import { AppError } from '../../../shared/ipc/errors';
import type { SourceEncoding } from '../../../shared/text/convert/source-encoding';
import { appErrorFromNode } from '../node-errors';
import type { FileImporter } from '../ports';
import { importDocx, type KeepPhoto } from './import-docx';
import { importHtml } from './import-html';
import { IMPORT_LIMITS } from './import-limits';
import { importText } from './import-text';
import { sniffImport } from './sniff-import';

export interface ImporterDeps {
  /** The photo pipeline: stores a master (and preview) and says what the figure shows. */
  keepPhoto: (bytes: Buffer, name: string) => Promise<MediaItem>;
  newId?: () => string;
  now?: () => Date;
}

/**
 * Tệp ▸ Nhập tệp… and `soan-tin import`, one code path: the file is sniffed (a .doc, an
 * encrypted or damaged file is refused with its reason before anything is parsed), read into
 * body blocks, and made into a new draft with its report. Nothing is written: the caller shows
 * the draft (window) or saves it (command line).
 */
export function createImporter(deps: ImporterDeps): FileImporter {
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const now = deps.now ?? (() => new Date());
  return {
    async importFile(path, { encoding }) {
      const bytes = await readImportFile(path);
      const kind = sniffImport(path, bytes);
      const media = new Map<string, MediaItem>();
      const keepPhoto: KeepPhoto = async (data, name) => {
        const item = await deps.keepPhoto(data, name);
        media.set(item.hash, item);
        return { media: item.hash, width: item.width, height: item.height, alt: '' };
      };
      let build: BodyBuild;
      let lost: ImportReport['lost'] = [];
      let footnotes = 0;
      let read: ImportReport['encoding'] = 'unicode';
      if (kind === 'docx') {
        const docx = await importDocx(bytes, keepPhoto);
        ({ build, lost, footnotes } = docx);
      } else if (kind === 'html') {
        build = await importHtml(path, bytes, keepPhoto);
      } else {
        const text = importText(bytes, encoding);
        build = { blocks: text.blocks, legacyRuns: 0, missingPhotos: 0, figures: [] };
        read = text.encoding;
      }
      if (build.blocks.length === 0) throw new AppError('import-empty', path);
      if (build.missingPhotos > 0) lost = [...lost, { kind: 'photo', count: build.missingPhotos }];
      const used = [...new Set(build.figures.map((f) => f.media))].map((hash) => media.get(hash)!).filter(Boolean);
      const assembled = assembleArticle(build.blocks, { id: newId(), now: now(), media: used });
      const checked = articleSchema.safeParse(assembled.article);
      if (!checked.success) throw new AppError('import-damaged', `draft: ${checked.error.issues[0]?.message}`);
      const report: ImportReport = {
        fileName: basename(path).slice(0, 500),
        kind,
        encoding: read,
        legacyRuns: build.legacyRuns,
        lost,
        sapoFromFirstParagraph: assembled.sapoFromFirstParagraph,
        date: assembled.date,
        photos: used.length,
        footnotes,
      };
      return { article: checked.data, report };
    },
  };
}

async function readImportFile(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('import-unsupported', path);
    if (info.size > IMPORT_LIMITS.maxFileBytes) throw new AppError('import-too-large', `${path}: ${info.size} bytes`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw appErrorFromNode(error) ?? new AppError('io-error', `${path}: ${String(error)}`);
  }
}
