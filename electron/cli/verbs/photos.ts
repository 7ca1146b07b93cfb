import { basename } from 'node:path';
import type { Article } from '../../../shared/article/article-schema';
import { mediaForBody } from '../../../shared/article/media-list';
import { cliEn, cliVi } from '../../../shared/i18n/messages/cli';
import { messagesFor } from '../../../shared/i18n/catalog';
import { openDraft, writeDraft } from '../../services/draft/draft-files';
import { importPhoto, type ImportedPhoto } from '../../services/photos';
import { toErrorPayload } from '../../services/node-errors';
import { CliRefusal } from '../cli-output';

/**
 * `soan-tin photos add DRAFT.tinbai PHOTO… [--caption TEXT]`: the same photo pipeline as the
 * window; each photo becomes a figure at the end of the body. All or nothing: one bad photo
 * names itself and its reason, and the draft stays byte for byte as it was.
 */
export async function photosVerb(args: readonly string[]): Promise<string> {
  const [sub, draftPath, ...rest] = args;
  if (sub !== 'add' || !draftPath) throw new CliRefusal(cliVi.photosUsage, cliEn.photosUsage);
  const { files, caption } = photoArguments(rest);
  if (files.length === 0) throw new CliRefusal(cliVi.photosUsage, cliEn.photosUsage);

  const { article, media } = await openDraft(draftPath);
  const imported: ImportedPhoto[] = [];
  for (const file of files) {
    try {
      imported.push(await importPhoto({ path: file }));
    } catch (error) {
      const code = toErrorPayload(error).code;
      const reason = (locale: 'vi' | 'en') => messagesFor(locale).errors[code];
      throw new CliRefusal(`${basename(file)}: ${reason('vi')}`, `${basename(file)}: ${reason('en')}`);
    }
  }

  const next = withFigures(article, imported, caption);
  const fresh = new Map(imported.map((photo) => [photo.hash, photo.master]));
  await writeDraft(draftPath, next, async (hash) => fresh.get(hash) ?? media.read(hash));
  return imported.map((photo) => `${photo.originalName}\tmedia/${photo.hash}.jpg\t${photo.width}×${photo.height}`).join('\n');
}

function photoArguments(rest: readonly string[]): { files: string[]; caption: string } {
  const files: string[] = [];
  let caption = '';
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--caption') caption = rest[++i] ?? '';
    else files.push(rest[i]);
  }
  return { files, caption: caption.normalize('NFC') };
}

/** The article with one figure per photo appended to its body, and the photo list that follows from it. */
export function withFigures(article: Article, photos: readonly ImportedPhoto[], caption: string): Article {
  const figures = photos.map((photo) => ({
    type: 'figure' as const,
    version: 1,
    media: photo.hash,
    width: photo.width,
    height: photo.height,
    alt: caption,
    caption: caption ? [{ text: caption, format: 0 }] : [],
    credit: '',
    size: 'full',
  }));
  const root = { ...article.body.root, children: [...(article.body.root.children ?? []), ...figures] };
  const known = [...article.media, ...photos.map(({ hash, width, height, originalName }) => ({ hash, width, height, originalName: originalName.slice(0, 255) }))];
  return {
    ...article,
    body: { ...article.body, root },
    media: mediaForBody(root, known),
    modified: { ...article.modified, at: new Date().toISOString() },
  };
}
