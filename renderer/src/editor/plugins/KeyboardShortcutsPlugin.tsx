import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { getScrollParent } from '@lexical/utils';
import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, registerEventListeners, type LexicalEditor, type RangeSelection } from 'lexical';
import { useEffect } from 'react';
import { bodyShortcut, type BodyShortcut } from '../body-shortcuts';
import { runEditorCommand } from '../editor-commands';
import { useEditorEnvironment } from '../editor-environment';

/**
 * The body's shortcuts (see bodyShortcut). A plain DOM listener in the capture phase, ahead of
 * Lexical's own: a keystroke that is not a shortcut costs no editor update, where a
 * KEY_DOWN_COMMAND listener would add one to every letter typed.
 */
export function KeyboardShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { mac } = useEditorEnvironment();
  useEffect(() => registerBodyShortcuts(editor, mac), [editor, mac]);
  return null;
}

/** Caret, or selection from where it was, at the start or the end of the article. */
function $moveToEdge(edge: 'start' | 'end', extend: boolean): void {
  const before = $getSelection();
  // Copied first: selecting moves the points of the selection object in place.
  const anchor = extend && $isRangeSelection(before) ? { key: before.anchor.key, offset: before.anchor.offset, type: before.anchor.type } : null;
  const root = $getRoot();
  const moved = edge === 'start' ? root.selectStart() : root.selectEnd();
  if (anchor) moved.anchor.set(anchor.key, anchor.offset, anchor.type);
  else $takeFormatOfLanding(moved);
}

/** The caret takes the format of the text where it lands, as in Word, not the one it carried from where it was. */
function $takeFormatOfLanding(caret: RangeSelection): void {
  const node = caret.anchor.getNode();
  if ($isTextNode(node)) {
    caret.format = node.getFormat();
    caret.style = node.getStyle();
  } else {
    caret.format = $isElementNode(node) ? node.getTextFormat() : 0;
    caret.style = $isElementNode(node) ? node.getTextStyle() : '';
  }
}

function run(editor: LexicalEditor, shortcut: BodyShortcut): void {
  if (shortcut === 'undo' || shortcut === 'redo' || shortcut === 'link' || shortcut === 'strikethrough' || shortcut === 'superscript' || shortcut === 'subscript') {
    runEditorCommand(editor, shortcut);
    return;
  }
  const edge = shortcut === 'start' || shortcut === 'selectToStart' ? 'start' : 'end';
  const extend = shortcut === 'selectToStart' || shortcut === 'selectToEnd';
  // At the start, show the top of the article (category, title, sapô) as Word shows the top of
  // the page. At the end, Lexical scrolls to a caret by itself, but not to the moving end of a
  // selection.
  const onUpdate = edge === 'start' ? () => scrollToTop(editor.getRootElement()) : extend ? scrollToSelectionFocus : undefined;
  editor.update(() => $moveToEdge(edge, extend), { onUpdate });
}

function scrollToSelectionFocus(): void {
  const focus = window.getSelection()?.focusNode;
  const element = focus instanceof Element ? focus : focus?.parentElement;
  element?.scrollIntoView({ block: 'nearest' });
}

/** Scrolls the area that scrolls the body back to its top. */
function scrollToTop(root: HTMLElement | null): void {
  if (root) getScrollParent(root, false).scrollTop = 0;
}

function registerBodyShortcuts(editor: LexicalEditor, mac: boolean): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    // A photo's caption is an editor of its own inside the body: its keys are its own (its undo is the body's all the same).
    if (event.target instanceof Element && event.target.closest('[data-lexical-editor="true"]') !== editor.getRootElement()) return;
    const shortcut = bodyShortcut(event, mac);
    if (shortcut === null || event.isComposing) return;
    event.preventDefault();
    // Lexical would handle Ctrl+Z as well, undoing twice.
    event.stopImmediatePropagation();
    run(editor, shortcut);
  };
  return editor.registerRootListener((root) => (root ? registerEventListeners(root, { keydown: onKeyDown }, true) : undefined));
}
