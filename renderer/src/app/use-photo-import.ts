import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import type { MediaItem } from '../../../shared/article/article-schema';
import type { AppErrorCode } from '../../../shared/ipc/errors';
import type { DocumentAction } from '../../../shared/document/document-state';
import { call, isAppError, soantin } from '../bridge';
import type { EditorController, PastedPictureSource } from '../editor';

export interface PhotoBatchState {
  batchId: string;
  done: number;
  total: number;
}

export interface PhotoFailure {
  name: string;
  code: AppErrorCode;
}

/** Photo bytes for the bridge, a chunk at a time (String.fromCharCode takes only so many arguments). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Photos into the article: Chèn ảnh… asks the main process, which imports the chosen photos side
 * by side and reports each as it is ready, so its figure appears at once while the rest go on;
 * Hủy stops what has not started. Dropped or pasted photos go one by one. Failures are listed
 * with their reason; the others are inserted.
 */
export function usePhotoImport(dispatch: (action: DocumentAction) => void, controllerRef: RefObject<EditorController | null>, onError: (error: { code: string }) => void) {
  const [batch, setBatch] = useState<PhotoBatchState | null>(null);
  const [failures, setFailures] = useState<PhotoFailure[]>([]);
  const running = useRef<string | null>(null);

  const arrived = useCallback(
    (items: MediaItem[]) => {
      if (items.length === 0) return;
      dispatch({ type: 'photosImported', items });
    },
    [dispatch],
  );

  const insertPhotos = useCallback(async () => {
    if (running.current) return;
    const batchId = crypto.randomUUID().replace(/-/g, '');
    running.current = batchId;
    setFailures([]);
    setBatch({ batchId, done: 0, total: 0 });
    const off = soantin().onPhotoProgress((progress) => {
      if (progress.batchId !== batchId) return;
      setBatch({ batchId, done: progress.done, total: progress.total });
      if (progress.photo) {
        arrived([progress.photo]);
        controllerRef.current?.insertFigures([progress.photo]);
      }
      const failure = progress.failure;
      if (failure) setFailures((list) => [...list, failure]);
    });
    try {
      const result = await call('importPhotos', { batchId });
      if (isAppError(result)) onError(result);
    } finally {
      off();
      running.current = null;
      setBatch(null);
    }
  }, [arrived, controllerRef, onError]);

  const cancel = useCallback(() => {
    if (running.current) void call('cancelPhotoImport', { batchId: running.current });
  }, []);

  const importPhotoFiles = useCallback(
    async (files: File[]) => {
      const items: MediaItem[] = [];
      const failed: PhotoFailure[] = [];
      for (const file of files) {
        const result = await call('importPhotoBytes', { name: file.name || 'anh.jpg', data: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
        if (isAppError(result)) failed.push({ name: file.name, code: result.code });
        else items.push(result.photo);
      }
      setFailures(failed);
      arrived(items);
      return items;
    },
    [arrived],
  );

  /** A picture of a paste (Word's, or carried in the HTML): its failure is counted in the paste's notice. */
  const importPastedPicture = useCallback(
    async (source: PastedPictureSource): Promise<MediaItem | null> => {
      const result =
        'url' in source
          ? await call('importWordPicture', { url: source.url })
          : await call('importPhotoBytes', { name: source.name, data: bytesToBase64(source.bytes) });
      if (isAppError(result)) return null;
      arrived([result.photo]);
      return result.photo;
    },
    [arrived],
  );

  const dismissFailures = useCallback(() => setFailures([]), []);
  const startBatch = useCallback(() => void insertPhotos(), [insertPhotos]);
  return useMemo(
    () => ({ batch, failures, insertPhotos: startBatch, importPhotoFiles, importPastedPicture, cancel, dismissFailures }),
    [batch, failures, startBatch, importPhotoFiles, importPastedPicture, cancel, dismissFailures],
  );
}
