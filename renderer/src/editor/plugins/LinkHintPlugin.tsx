import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerEventListeners } from 'lexical';
import { useEffect, useState, type JSX } from 'react';
import { createPortal } from 'react-dom';
import { useMessages } from '../../i18n';
import { useEditorEnvironment } from '../editor-environment';

interface Hint {
  href: string;
  top: number;
  left: number;
}

/** How long the bubble under a clicked link stays, unless the officer types or clicks on. */
const HINT_MS = 4000;

/**
 * Links say where they go and how to open them: hovering shows the address and
 * "Ctrl+bấm để mở liên kết" (⌘ on macOS) as the link's tooltip; a plain click, which only
 * places the caret, shows the same in a small bubble under the link.
 */
export function LinkHintPlugin(): JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const { mac } = useEditorEnvironment();
  const t = useMessages().editor;
  const openHint = mac ? t.linkOpenHintMac : t.linkOpenHint;
  const [hint, setHint] = useState<Hint | null>(null);

  useEffect(() => {
    const anchorOf = (event: Event): HTMLAnchorElement | null => {
      const target = event.target instanceof Element ? event.target : null;
      const a = target?.closest('a');
      return a && editor.getRootElement()?.contains(a) ? a : null;
    };
    // Set when the pointer arrives, so every link has it, typed, pasted or opened, and the hint follows the language.
    const onOver = (event: MouseEvent) => {
      const a = anchorOf(event);
      if (a) a.title = `${a.getAttribute('href') ?? ''}\n${openHint}`;
    };
    const onClick = (event: MouseEvent) => {
      const a = anchorOf(event);
      if (a === null || (mac ? event.metaKey : event.ctrlKey)) return setHint(null);
      const box = a.getBoundingClientRect();
      setHint({ href: a.getAttribute('href') ?? '', top: box.bottom + 6, left: box.left });
    };
    const hide = () => setHint(null);
    const offRoot = editor.registerRootListener((root) => (root ? registerEventListeners(root, { mouseover: onOver, click: onClick, keydown: hide }) : undefined));
    window.addEventListener('scroll', hide, true);
    return () => {
      offRoot();
      window.removeEventListener('scroll', hide, true);
    };
  }, [editor, mac, openHint]);

  useEffect(() => {
    if (!hint) return;
    const timer = setTimeout(() => setHint(null), HINT_MS);
    return () => clearTimeout(timer);
  }, [hint]);

  if (!hint) return null;
  return createPortal(
    <div className="st-link-hint" data-testid="link-hint" role="status" style={{ top: hint.top, left: hint.left }}>
      <span className="st-link-hint-href">{hint.href}</span>
      <span className="st-link-hint-how">{openHint}</span>
    </div>,
    document.body,
  );
}
