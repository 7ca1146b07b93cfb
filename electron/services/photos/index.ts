/** The photo service: what the draft file, the IPC handlers, the window and the command line call. */
export { importPhoto, type ImportedPhoto, type ImportPhotoOptions, type PhotoInput } from './import-photo';
export {
  createPhotoBatch,
  defaultPhotoConcurrency,
  type PhotoBatchCancelled,
  type PhotoBatchOptions,
  type PhotoBatchOutcome,
  type PhotoBatchProgress,
  type PhotoBatchResult,
} from './photo-batch';
export { createPreviewCache, type PreviewCache } from './preview-cache';
export { previewFromMaster } from './preview';
export { hashOfMasterEntry, isPhotoHash, masterEntryName } from './media-entry';
export { PHOTO_ERROR_CODES, isPhotoErrorCode, type PhotoErrorCode } from './photo-errors';
export { PHOTO_LIMITS } from './photo-limits';
export { attentionCrop, attentionCropOfMaster } from './attention-crop';
