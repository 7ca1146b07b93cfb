import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import { $getRoot, $getSelection, $isNodeSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND, HISTORY_MERGE_TAG, createCommand, DROP_COMMAND, PASTE_COMMAND, type LexicalCommand, type LexicalEditor, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import type { MediaItem } from '../../../../shared/article/article-schema';
import { useEditorEnvironment } from '../editor-environment';
import type { PastedPictureSource } from '../editor-environment';
import { PASTED_PICTURES_COMMAND, type PictureToBring } from '../paste/pasted-pictures-command';
import { PASTE_DROPPED_COMMAND } from '../paste/paste-dropped-command';
import type { PasteDropped } from '../paste/paste-report';
import { $createFigureNode, $isFigureNode } from './FigureNode';
import { $isPictureSlotNode } from './PictureSlotNode';
import { registerCaptionHistory } from './caption-history';
import { $isBlankLine, moveFigure } from './figure-edits';

/** Inserts one figure per photo at the caret, each after the last (the caption empty, alt from it). */
export const INSERT_FIGURES_COMMAND: LexicalCommand<MediaItem[]> = createCommand('INSERT_FIGURES_COMMAND');

/** Image files carried by a drop or a paste; anything else is left to the other handlers. */
export function imageFilesOf(data: DataTransfer | null): File[] {
  return data ? [...data.files].filter((file) => file.type.startsWith('image/') || /\.(jpe?g|png|webp|tiff?|avif|heic|heif)$/i.test(file.name)) : [];
}

/** The top-level block the caret is in, or null. */
function $caretBlock(): LexicalNode | null {
  const selection = $getSelection();
  return $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : null;
}

export function FigurePlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { importPhotoFiles, importPastedPicture } = useEditorEnvironment();
  useEffect(() => {
    const takeFiles = (files: File[]) => {
      void importPhotoFiles(files).then((items) => {
        if (items.length > 0) editor.dispatchCommand(INSERT_FIGURES_COMMAND, items);
      });
    };
    return mergeRegister(
      registerCaptionHistory(editor),
      editor.registerCommand(
        PASTED_PICTURES_COMMAND,
        (payload) => {
          void bringPictures(editor, payload, importPastedPicture);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        INSERT_FIGURES_COMMAND,
        (items) => {
          for (const item of items) {
            const figure = $createFigureNode({ media: item.hash, width: item.width, height: item.height, alt: '', caption: [], credit: '', size: 'full' });
            // Photos of one batch follow each other: the blank line left after the last figure stays after the new one.
            const line = $caretBlock();
            const previous = line?.getPreviousSibling() ?? null;
            if (line && $isBlankLine(line) && $isFigureNode(previous)) line.insertBefore(figure);
            else $insertNodeToNearestRoot(figure);
          }
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      // Alt+Shift+↑/↓ moves the selected figure past the block above or below, as Word moves paragraphs.
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return false;
          if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return false;
          const selection = $getSelection();
          const nodes = $isNodeSelection(selection) ? selection.getNodes() : [];
          const figure = nodes.length === 1 ? nodes[0] : null;
          if (!$isFigureNode(figure)) return false;
          event.preventDefault();
          moveFigure(figure.getKey(), event.key === 'ArrowUp' ? -1 : 1);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          const files = imageFilesOf(event.dataTransfer);
          if (files.length === 0) return false;
          event.preventDefault();
          takeFiles(files);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          const files = imageFilesOf(data);
          // A copy from Word carries an image beside its HTML: the text wins, the photo comes with the photos work on Word.
          if (files.length === 0 || (data?.types.includes('text/html') ?? false)) return false;
          event.preventDefault();
          takeFiles(files);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor, importPhotoFiles, importPastedPicture]);
  return null;
}

/**
 * Where a pasted picture's bytes come from, best first: the clipboard's RTF (Word's own copy of
 * the picture), then Word's clipboard file, which the main process reads only from Word's folder
 * (or the picture carried in the HTML as data), then the image data a copy of one picture has.
 */
function sourcesOf(item: PictureToBring, imageFile: File | null): Array<() => Promise<PastedPictureSource>> {
  const sources: Array<() => Promise<PastedPictureSource>> = [];
  const { rtf, picture } = item;
  if (rtf?.bytes && rtf.type) {
    const bytes = rtf.bytes;
    sources.push(async () => ({ bytes, name: rtf.type === 'image/png' ? 'anh-dan.png' : 'anh-dan.jpg' }));
  }
  if (/^file:/i.test(picture.src)) sources.push(async () => ({ url: picture.src }));
  else sources.push(async () => ({ bytes: dataUrlBytes(picture.src), name: 'anh-dan' }));
  if (imageFile) sources.push(async () => ({ bytes: new Uint8Array(await imageFile.arrayBuffer()), name: imageFile.name || 'anh-dan' }));
  return sources;
}

function dataUrlBytes(src: string): Uint8Array {
  const binary = atob(src.slice(src.indexOf(',') + 1).replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Each picture of a paste in turn: imported, then put where its place-holder stands (merged
 * into the paste's undo step), or the place-holder removed and the picture counted among what
 * the paste left out.
 */
async function bringPictures(
  editor: LexicalEditor,
  { pictures, imageFile, dropped }: { pictures: PictureToBring[]; imageFile: File | null; dropped: PasteDropped },
  importPicture: (source: PastedPictureSource) => Promise<MediaItem | null>,
): Promise<void> {
  let failed = 0;
  for (const item of pictures) {
    let photo: MediaItem | null = null;
    for (const source of sourcesOf(item, imageFile)) {
      try {
        photo = await importPicture(await source());
      } catch {
        photo = null;
      }
      if (photo) break;
    }
    if (!photo) failed += 1;
    const found = photo;
    editor.update(
      () => {
        const slot = $getRoot().getChildren().find((node) => $isPictureSlotNode(node) && node.getSlot() === item.slot);
        if (!slot) return; // the officer deleted the place-holder
        if (found) {
          const alt = item.picture.alt;
          slot.replace($createFigureNode({ media: found.hash, width: found.width, height: found.height, alt, caption: [], credit: '', size: 'full' }));
        } else slot.remove();
      },
      { tag: HISTORY_MERGE_TAG },
    );
  }
  if (failed > 0) editor.dispatchCommand(PASTE_DROPPED_COMMAND, { ...dropped, images: dropped.images + failed });
}
