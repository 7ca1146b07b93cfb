import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createNodeSelection, $getRoot, $setSelection } from 'lexical';
import { useEffect, useState, type JSX } from 'react';
import type { MediaItem, PhotoCrop } from '../../../shared/article/article-schema';
import { $isFigureNode } from '../editor/figure/FigureNode';
import { useMessages } from '../i18n';
import { ThumbnailCrop } from './ThumbnailCrop';

interface FigureUse {
  key: string;
  hash: string;
  caption: string;
}

/** The figures of the body, in order: which photo each shows and its caption. */
function useFigures(): FigureUse[] {
  const [editor] = useLexicalComposerContext();
  const [figures, setFigures] = useState<FigureUse[]>([]);
  useEffect(() => {
    const read = () =>
      editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .filter($isFigureNode)
          .map((node) => ({ key: node.getKey(), hash: node.getProps().media, caption: node.getTextContent() })),
      );
    setFigures(read());
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size + dirtyLeaves.size === 0) return;
      const next = read();
      setFigures((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    });
  }, [editor]);
  return figures;
}

/**
 * The "Ảnh" tab: every photo of the draft with its size, whether the article still shows it and
 * its caption; the main photo (ảnh đại diện) the portal puts on the page and on its list pages.
 * A photo no figure shows any more is said to leave the file at the next save.
 */
export function PhotosPanel({
  photos,
  onChooseMain,
  onCrop,
}: {
  photos: readonly MediaItem[];
  onChooseMain: (hash: string) => void;
  /** The main photo's thumbnail frame moved (null: back to the attention guess). */
  onCrop: (hash: string, crop: PhotoCrop | null) => void;
}): JSX.Element {
  const { ui } = useMessages();
  const [editor] = useLexicalComposerContext();
  const figures = useFigures();
  if (photos.length === 0) return <p className="panel-empty">{ui.photosNone}</p>;
  const firstShown = figures[0]?.hash;
  const main = photos.find((photo) => photo.main)?.hash ?? firstShown;

  const show = (key: string) => {
    editor.update(() => {
      const selection = $createNodeSelection();
      selection.add(key);
      $setSelection(selection);
    });
    editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
  };

  return (
    <ul className="photos-list" data-testid="photos-list">
      {photos.map((photo) => {
        const uses = figures.filter((figure) => figure.hash === photo.hash);
        const caption = uses.find((use) => use.caption)?.caption ?? '';
        return (
          <li key={photo.hash} className={`photo-item${uses.length === 0 ? ' is-unused' : ''}`} data-testid="photo-item">
            <button type="button" className="photo-thumb" title={ui.photoShow} aria-label={ui.photoShow} disabled={uses.length === 0} onClick={() => uses[0] && show(uses[0].key)}>
              <img src={`media/${photo.hash}.jpg`} alt="" width={photo.width} height={photo.height} />
            </button>
            <div className="photo-facts">
              <span className="photo-name">{photo.originalName || photo.hash.slice(0, 12)}</span>
              <span className="photo-size">
                {photo.width} × {photo.height}
              </span>
              <span className="photo-caption">{uses.length === 0 ? ui.photoUnused : caption || ui.photoNoCaption}</span>
              {uses.length > 0 && (
                <label className="photo-main" title={ui.photoMainHint}>
                  <input type="radio" name="main-photo" checked={main === photo.hash} onChange={() => onChooseMain(photo.hash)} />
                  {ui.photoMain}
                </label>
              )}
            </div>
            {uses.length > 0 && main === photo.hash && <ThumbnailCrop photo={photo} onChange={(crop) => onCrop(photo.hash, crop)} />}
          </li>
        );
      })}
    </ul>
  );
}
