import { bodyPlainText } from '../../../shared/article/body-text';
import { cropToPixels } from '../../../shared/article/photo-crop';
import { countText } from '../../../shared/text/word-count';
import type { DraftFiles } from '../../services/ports';
import { captionLetters } from '../../../shared/article/caption-runs';

/** `soan-tin info DRAFT.tinbai`: what the draft holds, as JSON, from the same services as the window. */
/** The photos of the body's figures, in order. */
function figureOrder(article: { body: { root: { children?: { type: string; media?: unknown }[] } } }): string[] {
  return (article.body.root.children ?? []).filter((node) => node.type === 'figure').map((node) => node.media as string);
}

export async function infoVerb(drafts: Pick<DraftFiles, 'open'>, path: string): Promise<string> {
  const { article } = await drafts.open(path);
  const count = countText(bodyPlainText(article.body.root));
  const info = {
    file: path,
    formatVersion: article.formatVersion,
    id: article.id,
    meta: article.meta,
    words: count.words,
    characters: count.characters,
    photos: article.media.map(({ hash, width, height, originalName, crop }) => {
      const figures = (article.body.root.children ?? []).filter((node) => node.type === 'figure' && node.media === hash);
      const first = figures[0] as { caption?: { text: string }[]; alt?: string } | undefined;
      return {
        hash,
        originalName,
        width,
        height,
        used: figures.length > 0,
        caption: captionLetters(first?.caption ?? []),
        alt: first?.alt ?? '',
        main: article.media.find((item) => item.main)?.hash === hash || (!article.media.some((item) => item.main) && figureOrder(article)[0] === hash),
        // Where the portal's thumbnail is cut, when the officer framed it (else sharp's attention crop decides at export).
        ...(crop ? { crop, cropPixels: cropToPixels(crop, width, height) } : {}),
      };
    }),
    // The template the draft was made from and its fields (the same JSON `soan-tin new --fields` reads).
    template: article.template ? { id: article.template.id, version: article.template.version, fields: article.template.fields } : null,
    entries: ['mimetype', 'article.json', ...article.media.map(({ hash }) => `media/${hash}.jpg`)],
    created: article.created,
    modified: article.modified,
  };
  return JSON.stringify(info, null, 2);
}
