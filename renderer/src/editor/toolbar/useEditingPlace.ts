import type { LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';

/** Where the officer is writing: the body, a photo's caption (an editor nested in the body), or a plain field (title, sapô, a details field, the find bar). */
export type EditingPlace = 'body' | 'caption' | 'field';

/**
 * The place focus moved to, or null when it moved somewhere that does not change it: the
 * toolbar itself (its buttons act on where the officer was writing), a button, a menu.
 */
export function editingPlaceOf(target: EventTarget | null, root: HTMLElement | null): EditingPlace | null {
  if (!(target instanceof Element) || target.closest('[role="toolbar"]')) return null;
  if (root?.contains(target)) return target.closest('[data-lexical-editor="true"]') === root ? 'body' : 'caption';
  if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['button', 'checkbox', 'radio'].includes(target.type))) return 'field';
  return null;
}

/** Follows focus across the window, so the toolbar knows whether its buttons are the body's. */
export function useEditingPlace(editor: LexicalEditor): EditingPlace {
  const [place, setPlace] = useState<EditingPlace>(() => editingPlaceOf(document.activeElement, editor.getRootElement()) ?? 'body');
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const next = editingPlaceOf(event.target, editor.getRootElement());
      if (next) setPlace(next);
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [editor]);
  return place;
}
