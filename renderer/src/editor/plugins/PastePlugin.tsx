import { $generateNodesFromSerializedNodes, $insertGeneratedNodes, caretFromPoint } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isElementNode,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  DROP_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
  type LexicalNode,
  type SerializedLexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { copiedFigureNodes, LEXICAL_CLIPBOARD_TYPE } from '../../../../shared/paste/lexical-figures';
import { splitPlainText } from '../../../../shared/paste/plain-text';
import { rtfPictures } from '../../../../shared/paste/rtf-pictures';
import { imageFilesOf } from '../figure/FigurePlugin';
import { $createPictureSlotNode, type PictureSlotNode } from '../figure/PictureSlotNode';
import { cleanPaste } from '../paste/clean-html';
import { markerIndex } from '../paste/pasted-pictures';
import { PASTED_PICTURES_COMMAND } from '../paste/pasted-pictures-command';
import { PASTE_DROPPED_COMMAND } from '../paste/paste-dropped-command';
import { noneDropped } from '../paste/paste-report';

/**
 * The one way text enters the body from outside: plain text becomes paragraphs, HTML from
 * Word, Google Docs or a web page is rebuilt from our allow-list (clean-html.ts), all in NFC.
 * Runs before Lexical's own clipboard import, which would keep foreign formats and links.
 */
export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            const data = event instanceof ClipboardEvent ? event.clipboardData : null;
            if (data === null) return false;
            event.preventDefault();
            if (!insertCopiedFigures(editor, data)) insertTransfer(editor, data);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        // Text dropped from another program carries the same foreign HTML as a paste. Drags
        // inside the body (moving a sentence) stay with Lexical, which moves rather than copies.
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const data = event.dataTransfer;
            if (data === null || data.files.length > 0 || data.types.includes(LEXICAL_DRAG)) return false;
            if (!data.types.includes('text/html') && !data.types.includes('text/plain')) return false;
            const hit = caretFromPoint(event.clientX, event.clientY, editor.getRootElement());
            if (hit === null) return false;
            event.preventDefault();
            editor.update(() => {
              const node = $getNearestNodeFromDOMNode(hit.node);
              if (node === null) return;
              const point = $isTextNode(node)
                ? { key: node.getKey(), offset: hit.offset, type: 'text' as const }
                : $isElementNode(node)
                  ? { key: node.getKey(), offset: Math.min(hit.offset, node.getChildrenSize()), type: 'element' as const }
                  : null;
              if (point === null) return;
              const selection = $createRangeSelection();
              selection.anchor.set(point.key, point.offset, point.type);
              selection.focus.set(point.key, point.offset, point.type);
              $setSelection(selection);
            });
            insertTransfer(editor, data);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}

/** Set by Lexical on drags that start in an editor. */
const LEXICAL_DRAG = 'application/x-lexical-drag';

/** A copy of figures from a body (this draft's or another's) comes back as it was copied; true when it was one. */
function insertCopiedFigures(editor: LexicalEditor, data: DataTransfer): boolean {
  const nodes = data.types.includes(LEXICAL_CLIPBOARD_TYPE) ? copiedFigureNodes(data.getData(LEXICAL_CLIPBOARD_TYPE), editor._config.namespace) : null;
  if (nodes === null) return false;
  editor.update(() => {
    const selection = $getSelection();
    if (selection === null) return;
    $addUpdateTag(PASTE_TAG);
    $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(nodes as unknown as SerializedLexicalNode[]), selection);
  });
  return true;
}

function insertTransfer(editor: LexicalEditor, data: DataTransfer): void {
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  // Cleaned before the update: an update asked for inside a command runs later, and what the
  // cleaner left out is needed now.
  const cleaned = html.trim() !== '' ? cleanPaste(html, new DOMParser()) : null;
  const pictures = cleaned?.pictures ?? [];
  const slots = pictures.map(() => crypto.randomUUID());
  const dropped = cleaned?.dropped ?? noneDropped();
  // Word puts the same pictures in the clipboard's RTF, in order: taken one for one when the counts agree.
  const rtf = pictures.length > 0 && data.types.includes('text/rtf') ? rtfPictures(data.getData('text/rtf')) : [];
  const imageFile = pictures.length === 1 ? (imageFilesOf(data)[0] ?? null) : null;
  editor.update(() => {
    const selection = $getSelection();
    if (selection === null) return;
    $addUpdateTag(PASTE_TAG);
    if (cleaned && pictures.length > 0) {
      // The text before the first picture goes in as any paste does; the first place-holder splits
      // the block at the caret, as an inserted figure does; the rest stands in order before the
      // block's second half, where the caret stays.
      let after: LexicalNode | null = null;
      for (const part of $partsAroundPictures(editor, cleaned.document, slots)) {
        if (after === null) {
          if (Array.isArray(part)) $insertGeneratedNodes(editor, part, $getSelection() ?? selection);
          else {
            const slot = $insertNodeToNearestRoot(part);
            after = slot.getNextSibling() ?? slot.insertAfter($createParagraphNode());
          }
          continue;
        }
        const blocks = Array.isArray(part) ? $asBlocks(part) : [part];
        for (const block of blocks) after.insertBefore(block);
      }
      // The place-holders stand in the body now: their pictures can come.
      const matched = rtf.length === pictures.length;
      editor.dispatchCommand(PASTED_PICTURES_COMMAND, {
        pictures: pictures.map((picture, i) => ({ slot: slots[i], picture, rtf: matched ? rtf[i] : null })),
        imageFile,
        dropped,
      });
      return;
    }
    let nodes: LexicalNode[] = [];
    if (cleaned && (cleaned.document.body.textContent ?? '').trim() !== '') nodes = $generateNodesFromDOM(editor, cleaned.document);
    if (nodes.length === 0 && text !== '') nodes = $nodesFromPlainText(text);
    if (nodes.length === 0) return;
    $insertGeneratedNodes(editor, nodes, selection);
  });
  // What the cleaner left out is told, never silently lost (PasteNoticePlugin).
  editor.dispatchCommand(PASTE_DROPPED_COMMAND, dropped);
}

/** The paste's blocks in runs, with a place-holder where each picture stood (its markers are at the top level). */
function $partsAroundPictures(editor: LexicalEditor, doc: Document, slots: readonly string[]): Array<LexicalNode[] | PictureSlotNode> {
  const parts: Array<LexicalNode[] | PictureSlotNode> = [];
  let chunk = doc.createDocumentFragment();
  const flush = () => {
    if ((chunk.textContent ?? '').trim() !== '') parts.push($generateNodesFromDOM(editor, chunk));
    chunk = doc.createDocumentFragment();
  };
  for (const child of Array.from(doc.body.childNodes)) {
    const index = markerIndex(child);
    if (index === null) {
      chunk.appendChild(child);
      continue;
    }
    flush();
    parts.push($createPictureSlotNode(slots[index]));
  }
  flush();
  return parts;
}

/** Top-level blocks of generated nodes: loose inline nodes gathered into paragraphs. */
function $asBlocks(nodes: LexicalNode[]): LexicalNode[] {
  const blocks: LexicalNode[] = [];
  let loose: ReturnType<typeof $createParagraphNode> | null = null;
  for (const node of nodes) {
    if (!node.isInline()) {
      blocks.push(node);
      loose = null;
      continue;
    }
    if (loose === null) {
      loose = $createParagraphNode();
      blocks.push(loose);
    }
    loose.append(node);
  }
  return blocks;
}

function $nodesFromPlainText(text: string): LexicalNode[] {
  return splitPlainText(text).map((lines) => {
    const p = $createParagraphNode();
    lines.forEach((line, i) => {
      if (i > 0) p.append($createLineBreakNode());
      if (line !== '') p.append($createTextNode(line));
    });
    return p;
  });
}
