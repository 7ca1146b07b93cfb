import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerEventListeners } from 'lexical';
import { useEffect } from 'react';
import { isSafeHref } from '../../../../shared/paste/safe-href';
import { useEditorEnvironment } from '../editor-environment';

/**
 * A click on a link in the body places the caret (it is text being edited); Ctrl/Cmd+click
 * opens it outside the app (the browser, or the mail program for mailto), never in the window.
 */
export function LinkClickPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { mac, openLink } = useEditorEnvironment();
  useEffect(() => {
    const linkOf = (event: MouseEvent): HTMLAnchorElement | null => {
      const target = event.target instanceof Element ? event.target : null;
      const a = target?.closest('a');
      const root = editor.getRootElement();
      return a && root?.contains(a) ? a : null;
    };
    const onClick = (event: MouseEvent) => {
      const a = linkOf(event);
      if (a === null) return;
      event.preventDefault();
      const wantsOpen = mac ? event.metaKey : event.ctrlKey;
      const href = a.getAttribute('href') ?? '';
      if (wantsOpen && isSafeHref(href)) openLink(href);
    };
    // Middle click would open a new window in Electron.
    const onAuxClick = (event: MouseEvent) => {
      if (linkOf(event)) event.preventDefault();
    };
    return editor.registerRootListener((root) => (root ? registerEventListeners(root, { click: onClick, auxclick: onAuxClick }) : undefined));
  }, [editor, mac, openLink]);
  return null;
}
