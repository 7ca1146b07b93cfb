import { basename } from 'node:path';
import type { MediaItem } from '../../shared/article/article-schema';
import type { AppErrorCode } from '../../shared/ipc/errors';
import type { CropFractions } from '../../shared/article/photo-crop';
import { AppError } from '../../shared/ipc/errors';
import { attentionCropOfMaster, createPhotoBatch, createPreviewCache, importPhoto, type ImportedPhoto } from './photos';
import { readWordClipboardPicture, wordClipboardRoots } from './photos/word-clipboard';
import type { MediaLibrary, Photos } from './ports';

/**
 * The window's photos: a camera file becomes a master in the media library (so the next save
 * puts it in the draft) and a preview in the cache (so the editor shows it) before it is
 * reported; the camera file itself is only read.
 */
export function createPhotos(media: MediaLibrary, previewFolder: string, clipboardRoots: readonly string[] = wordClipboardRoots()): Photos {
  const previews = createPreviewCache(previewFolder);
  // A photo's pixels never change under its hash: each frame is worked out once per thumbnail size.
  const crops = new Map<string, Promise<CropFractions>>();

  async function keep(photo: ImportedPhoto): Promise<MediaItem> {
    await media.put(photo.hash, photo.master);
    await previews.put(photo.hash, photo.preview);
    return { hash: photo.hash, width: photo.width, height: photo.height, originalName: photo.originalName.slice(0, 255) };
  }

  return {
    async importFiles(paths, { signal, onEach }) {
      const kept = new Map<number, MediaItem>();
      const result = await createPhotoBatch(
        paths.map((path) => ({ path })),
        {
          signal,
          // Stored before it counts as imported: a figure never shows a photo a save could not find.
          importer: async (input, index) => {
            const photo = await importPhoto(input);
            kept.set(index, await keep(photo));
            return photo;
          },
          onProgress: ({ latest, done, total }) => {
            if (latest.status === 'ok') onEach({ photo: kept.get(latest.index)! }, done, total);
            else onEach({ failure: { name: latest.name, code: latest.error.code } }, done, total);
          },
        },
      );
      const imported: MediaItem[] = [];
      const failed: { name: string; code: AppErrorCode }[] = [];
      for (const item of result.items) {
        if (item.status === 'ok') imported.push(kept.get(item.index)!);
        else if (item.status === 'failed') failed.push({ name: basename(item.name), code: item.error.code });
      }
      return { imported, failed, cancelled: result.cancelled };
    },

    async importBytes(bytes, name) {
      return keep(await importPhoto({ bytes, name }));
    },

    async importWordPicture(url) {
      const { bytes, name } = await readWordClipboardPicture(url, clipboardRoots);
      return keep(await importPhoto({ bytes, name }));
    },

    async attentionCrop(hash, thumbnail) {
      if (!(await media.has(hash))) throw new AppError('photo-missing', 'not a photo of the open drafts');
      const key = `${hash} ${thumbnail.width}x${thumbnail.height}`;
      let crop = crops.get(key);
      if (!crop) {
        crop = media.read(hash).then((master) => attentionCropOfMaster(master, thumbnail));
        crops.set(key, crop);
        // A failure is not remembered: the next ask tries again.
        crop.catch(() => crops.delete(key));
      }
      return crop;
    },

    async preview(hash) {
      if (!(await media.has(hash))) return null;
      try {
        return await previews.get(hash, () => media.read(hash));
      } catch {
        return null;
      }
    },
  };
}
