import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerEventListeners } from 'lexical';
import { useEffect } from 'react';
import { isSafeHref } from '../../../../shared/paste/safe-href';
import { call } from '../../bridge';
import { currentPlatformIsMac } from '../toolbar/shortcut-label';

/**
 * A click on a link in the body places the caret (it is text being edited); Ctrl/Cmd+click
 * opens it in the system browser through the main process, never inside the app window.
 */
export function LinkClickPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const mac = currentPlatformIsMac();
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
      if (wantsOpen && isSafeHref(href)) {
        void call('openExternal', { url: href });
      }
    };
    // Middle click would open a new window in Electron.
    const onAuxClick = (event: MouseEvent) => {
      if (linkOf(event)) event.preventDefault();
    };
    return editor.registerRootListener((root) => (root ? registerEventListeners(root, { click: onClick, auxclick: onAuxClick }) : undefined));
  }, [editor]);
  return null;
}
