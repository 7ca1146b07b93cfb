import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, createCommand, DROP_COMMAND, PASTE_COMMAND, type LexicalCommand, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import type { MediaItem } from '../../../../shared/article/article-schema';
import { useEditorEnvironment } from '../editor-environment';
import { $createFigureNode, $isFigureNode } from './FigureNode';
import { $isBlankLine } from './figure-edits';

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
  const { importPhotoFiles } = useEditorEnvironment();
  useEffect(() => {
    const takeFiles = (files: File[]) => {
      void importPhotoFiles(files).then((items) => {
        if (items.length > 0) editor.dispatchCommand(INSERT_FIGURES_COMMAND, items);
      });
    };
    return mergeRegister(
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
  }, [editor, importPhotoFiles]);
  return null;
}
