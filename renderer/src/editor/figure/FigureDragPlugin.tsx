import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createNodeSelection,
  $getNodeByKey,
  $getRoot,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  HISTORY_PUSH_TAG,
  registerEventListeners,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useEffect, useState, type JSX } from 'react';
import { createPortal } from 'react-dom';
import { $isFigureNode } from './FigureNode';
import { dropLineY, dropSlot, FIGURE_DRAG_TYPE, type BlockBox } from './figure-drag';

/** The figure whose handle is being dragged, per editor (dragover cannot read the drag's data). */
const dragging = new WeakMap<LexicalEditor, NodeKey>();

/** The figure's handle started a drag. */
export function startFigureDrag(editor: LexicalEditor, key: NodeKey): void {
  dragging.set(editor, key);
}

interface Line {
  top: number;
  left: number;
  width: number;
}

/** Where a drop at height y would put the dragged figure: before `target` or after the last block. */
function placeOf(editor: LexicalEditor, key: NodeKey, y: number): { slot: number; keys: NodeKey[]; boxes: BlockBox[] } | null {
  const keys = editor.getEditorState().read(() => $getRoot().getChildrenKeys());
  const boxes: BlockBox[] = keys.map((k) => {
    const rect = editor.getElementByKey(k)?.getBoundingClientRect();
    return rect ? { top: rect.top, bottom: rect.bottom } : { top: Number.NaN, bottom: Number.NaN };
  });
  const slot = dropSlot(boxes, y, keys.indexOf(key));
  return slot === null ? null : { slot, keys, boxes };
}

/**
 * Moves a figure by dragging its handle: a line shows between which two blocks of the body it
 * will land, the drop moves it there in one undo step, and a drop outside the body or back onto
 * its own place does nothing. Photos dragged in from the desktop carry no figure and go on to
 * the photo import.
 */
export function FigureDragPlugin(): JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const [line, setLine] = useState<Line | null>(null);

  useEffect(() => {
    const ours = (event: DragEvent) => event.dataTransfer?.types.includes(FIGURE_DRAG_TYPE) === true && dragging.has(editor);
    const end = () => {
      dragging.delete(editor);
      setLine(null);
    };
    return mergeRegister(
      editor.registerCommand(
        DRAGOVER_COMMAND,
        (event) => {
          if (!ours(event)) return false;
          const key = dragging.get(editor)!;
          const place = placeOf(editor, key, event.clientY);
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = place ? 'move' : 'none';
          const root = editor.getRootElement()?.getBoundingClientRect();
          setLine(place && root ? { top: dropLineY(place.boxes, place.slot), left: root.left, width: root.width } : null);
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          if (!ours(event)) return false;
          event.preventDefault();
          const key = dragging.get(editor)!;
          const place = placeOf(editor, key, event.clientY);
          end();
          if (!place) return true;
          const { slot, keys } = place;
          editor.update(
            () => {
              const figure = $getNodeByKey(key);
              const target = $getNodeByKey(keys[Math.min(slot, keys.length - 1)]!);
              if (!$isFigureNode(figure) || !target) return;
              if (slot < keys.length) target.insertBefore(figure);
              else target.insertAfter(figure);
              const selection = $createNodeSelection();
              selection.add(key);
              $setSelection(selection);
            },
            { tag: HISTORY_PUSH_TAG },
          );
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerRootListener((root) =>
        root
          ? registerEventListeners(root, {
              // Out of the body: no line, and a drop there is none of ours.
              dragleave: (event: DragEvent) => {
                if (!(event.relatedTarget instanceof Node) || !root.contains(event.relatedTarget)) setLine(null);
              },
            })
          : undefined,
      ),
      registerEventListeners(document, { dragend: end }),
    );
  }, [editor]);

  return line
    ? createPortal(<div className="st-figure-drop-line" data-testid="figure-drop-line" style={{ top: line.top - 1, left: line.left, width: line.width }} />, document.body)
    : null;
}
