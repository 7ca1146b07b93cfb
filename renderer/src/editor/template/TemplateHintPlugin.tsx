import './template.css';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $getRoot, $getState, $isParagraphNode, $isTextNode, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { $isEndNode } from './template-parts';
import { templateMarkState } from './template-state';

const HINT = 'data-template-hint';
const PART = 'data-template-part';

/**
 * Shows a template's greyed hints while their paragraph holds only what the template wrote, and
 * names each generated paragraph on its element (the Mẫu tab marks those edited by hand). The
 * hint is an attribute shown by CSS, never text: it is not typed over, counted, searched or
 * saved as the article's words, and it disappears as soon as the officer writes in the paragraph.
 */
function paintHints(editor: LexicalEditor): void {
  editor.getEditorState().read(() => {
    for (const child of $getRoot().getChildren()) {
      if (!$isParagraphNode(child)) continue;
      const mark = $getState(child, templateMarkState);
      const element = editor.getElementByKey(child.getKey());
      // Most paragraphs carry no mark: nothing to paint, and nothing to look up in the page.
      if (!element || (!mark && !element.hasAttribute(PART))) continue;
      for (const old of element.querySelectorAll(`[${HINT}]`)) old.removeAttribute(HINT);
      element.removeAttribute(HINT);
      if (mark?.part) element.setAttribute(PART, mark.part);
      else element.removeAttribute(PART);
      if (!mark?.hint) continue;
      const showing = child.getTextContent() === (mark.base ?? '') + (mark.end ?? '');
      if (!showing) continue;
      // Before the end mark when there is one ("… Lê Thị Thủy ‹hint› ./."), else after the text.
      const end = child.getChildren().find($isEndNode);
      const endElement = end ? editor.getElementByKey(end.getKey()) : null;
      (endElement ?? element).setAttribute(HINT, mark.hint);
      if (endElement) endElement.classList.add('st-template-end');
    }
  });
}

/**
 * A click on a hint puts the caret where the officer's words go: before the end mark, after what
 * the template wrote; the browser alone would put it wherever the greyed text happened to be.
 */
function caretAtHint(editor: LexicalEditor, target: EventTarget | null): void {
  if (!(target instanceof HTMLElement) || !target.hasAttribute(HINT)) return;
  editor.update(() => {
    const node = $getNearestNodeFromDOMNode(target);
    if (!node) return;
    if ($isParagraphNode(node)) {
      node.selectEnd();
      return;
    }
    const before = node.getPreviousSibling();
    if ($isTextNode(before)) before.selectEnd();
    else if ($isTextNode(node)) node.select(0, 0);
  });
}

export function TemplateHintPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    paintHints(editor);
    return editor.registerUpdateListener(() => paintHints(editor));
  }, [editor]);
  useEffect(() => {
    const onClick = (e: MouseEvent) => caretAtHint(editor, e.target);
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    });
  }, [editor]);
  return null;
}
