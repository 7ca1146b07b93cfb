import type { Article, ArticleBody, ArticleMeta, MediaItem, PhotoCrop } from '../article/article-schema';
import { clampCrop } from '../article/photo-crop';
import { FORMAT_VERSION } from '../article/format';
import { mediaForBody } from '../article/media-list';
import type { DraftTemplate } from '../templates/draft-template';

type Stamp = Article['created'];

/** What the status bar says about the draft on disk. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'recovered' }
  | { kind: 'autosaved'; at: string };

export interface DocumentState {
  /** The file the draft lives in; null until the first Save. */
  path: string | null;
  id: string;
  meta: ArticleMeta;
  /** The photos the draft holds, whose masters the main process keeps. */
  media: MediaItem[];
  /** The template the draft was made from, its fields and the fingerprints of what it wrote; null for a draft written by hand. */
  template: DraftTemplate | null;
  created: Stamp;
  modified: Stamp;
  /** The body the editor mounts with; the live body is read from the editor on save. */
  initialBody: ArticleBody;
  /** Changes with every document loaded, so the editor remounts for it and only for it. */
  generation: number;
  /** Counts edits, so a save or a recovery write knows whether it covered the latest one. */
  revision: number;
  dirty: boolean;
  status: SaveStatus;
  /** The revision the newest recovery copy holds; null when none was written for this document. */
  recoveryRevision: number | null;
}

export type DocumentAction =
  | { type: 'loaded'; article: Article; path: string | null; origin: 'new' | 'opened' | 'recovered' }
  | { type: 'metaEdited'; patch: Partial<ArticleMeta> }
  | { type: 'bodyEdited' }
  /** The template's fields changed in the Mẫu tab (the parts it rewrote come as their own edits). */
  | { type: 'templateEdited'; template: DraftTemplate }
  /** Photos imported into this document (their figures are inserted by the editor). */
  | { type: 'photosImported'; items: MediaItem[] }
  /** The officer chose the article's main photo (ảnh đại diện). */
  | { type: 'mainPhotoChosen'; hash: string }
  /** The officer moved or resized the thumbnail's frame on a photo (null: back to the attention guess). */
  | { type: 'photoCropChanged'; hash: string; crop: PhotoCrop | null }
  // A save names the document it wrote: its answer may arrive after another was opened.
  | { type: 'saveStarted'; generation: number }
  | { type: 'saveSucceeded'; generation: number; path: string; revision: number; modified: Stamp }
  | { type: 'saveEnded'; generation: number }
  | { type: 'recoveryWritten'; revision: number; at: string };

export function initialDocumentState(article: Article): DocumentState {
  return load(article, null, 'new', 0);
}

function load(article: Article, path: string | null, origin: 'new' | 'opened' | 'recovered', generation: number): DocumentState {
  const recovered = origin === 'recovered';
  return {
    path,
    id: article.id,
    meta: article.meta,
    media: article.media,
    template: article.template ?? null,
    created: article.created,
    modified: article.modified,
    initialBody: article.body,
    generation,
    revision: 0,
    dirty: recovered,
    recoveryRevision: recovered ? 0 : null,
    status: recovered ? { kind: 'recovered' } : origin === 'opened' ? { kind: 'saved' } : { kind: 'idle' },
  };
}

function edited(state: DocumentState): DocumentState {
  // Every keystroke lands here: keep the status object when it does not change, so the
  // parts of the window that show it are not redrawn for each letter.
  const keep = state.status.kind === 'saving' || state.status.kind === 'unsaved';
  return {
    ...state,
    revision: state.revision + 1,
    dirty: true,
    status: keep ? state.status : { kind: 'unsaved' },
  };
}

/** The status once nothing is in flight. */
function restingStatus(state: DocumentState): SaveStatus {
  if (state.dirty) return { kind: 'unsaved' };
  return state.path ? { kind: 'saved' } : { kind: 'idle' };
}

export function documentReducer(state: DocumentState, action: DocumentAction): DocumentState {
  if ('generation' in action && action.generation !== state.generation) return state; // about another document
  switch (action.type) {
    case 'loaded':
      return load(action.article, action.path, action.origin, state.generation + 1);
    case 'metaEdited': {
      const changed = (Object.keys(action.patch) as (keyof ArticleMeta)[]).some(
        (k) => JSON.stringify(action.patch[k]) !== JSON.stringify(state.meta[k]),
      );
      if (!changed) return state;
      return edited({ ...state, meta: { ...state.meta, ...action.patch } });
    }
    case 'bodyEdited':
      return edited(state);
    case 'templateEdited':
      return JSON.stringify(action.template) === JSON.stringify(state.template) ? state : edited({ ...state, template: action.template });
    case 'photosImported': {
      const fresh = action.items.filter((item) => !state.media.some((known) => known.hash === item.hash));
      // Not an edit by itself: the figure the editor inserts is.
      return fresh.length === 0 ? state : { ...state, media: [...state.media, ...fresh] };
    }
    case 'mainPhotoChosen': {
      if (!state.media.some((item) => item.hash === action.hash)) return state;
      const media = state.media.map(({ main: _was, ...item }) => (item.hash === action.hash ? { ...item, main: true as const } : item));
      return edited({ ...state, media });
    }
    case 'photoCropChanged': {
      const item = state.media.find((known) => known.hash === action.hash);
      if (!item) return state;
      const crop = action.crop ? clampCrop(action.crop) : undefined;
      if (JSON.stringify(crop) === JSON.stringify(item.crop)) return state;
      const media = state.media.map((known) => {
        if (known.hash !== action.hash) return known;
        const { crop: _was, ...rest } = known;
        return crop && crop.width > 0 && crop.height > 0 ? { ...rest, crop } : rest;
      });
      return edited({ ...state, media });
    }
    case 'saveStarted':
      return { ...state, status: { kind: 'saving' } };
    case 'saveSucceeded': {
      // Edits made while the file was being written are still unsaved.
      const dirty = state.revision !== action.revision;
      const next = { ...state, path: action.path, modified: action.modified, dirty };
      return { ...next, status: restingStatus(next) };
    }
    case 'saveEnded':
      // Cancelled or failed: nothing on disk changed.
      return { ...state, status: restingStatus(state) };
    case 'recoveryWritten': {
      const next = { ...state, recoveryRevision: action.revision };
      if (!state.dirty || state.status.kind === 'saving') return next;
      return { ...next, status: { kind: 'autosaved', at: action.at } };
    }
  }
}

/** Metadata as stored: composed (NFC) text, whatever the input method or the paste delivered. */
function composedMeta(meta: ArticleMeta): ArticleMeta {
  const nfc = (s: string) => s.normalize('NFC');
  return {
    ...meta,
    title: nfc(meta.title),
    sapo: nfc(meta.sapo),
    category: nfc(meta.category),
    author: nfc(meta.author),
    source: nfc(meta.source),
    keywords: meta.keywords.map(nfc),
  };
}

/** The article to write: the metadata we hold, the editor's body, and a fresh modified stamp. */
export function articleForSave(state: DocumentState, body: ArticleBody, now: Date): Article {
  const meta = composedMeta(state.meta);
  return {
    formatVersion: FORMAT_VERSION,
    id: state.id,
    meta,
    body,
    media: mediaForBody(body.root, state.media),
    ...(state.template ? { template: state.template } : {}),
    created: state.created,
    modified: { at: now.toISOString(), by: meta.author || state.modified.by },
  };
}

/** Whether leaving this document (New, Open, close) must first ask about unsaved work. */
export function needsConfirmation(state: DocumentState): boolean {
  return state.dirty;
}
