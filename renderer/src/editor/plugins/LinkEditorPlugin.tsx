import { $createLinkNode, $isLinkNode, $toggleLink, type LinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createRangeSelectionFromDom,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  type BaseSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useCallback, useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { normalizeLinkInput, type LinkInput } from '../../../../shared/paste/safe-href';
import { useMessages } from '../../i18n';
import { OPEN_LINK_EDITOR_COMMAND } from '../editor-commands';

interface OpenState {
  selection: BaseSelection | null;
  hasLink: boolean;
  top: number;
  left: number;
}

function $linkAround(node: LexicalNode): LinkNode | null {
  return $isLinkNode(node) ? node : $findMatchingParent(node, (n): n is LinkNode => $isLinkNode(n));
}

function $currentSelection(root: HTMLElement | null, editor: LexicalEditor): BaseSelection | null {
  const dom = window.getSelection();
  if (root && dom?.anchorNode && root.contains(dom.anchorNode)) {
    const fromDom = $createRangeSelectionFromDom(dom, editor);
    if (fromDom) return fromDom;
  }
  return $getSelection();
}

/** Where the popover goes: under the selection, kept inside the window. */
function anchorRect(root: HTMLElement | null): { top: number; left: number } {
  const dom = window.getSelection();
  let rect: DOMRect | null = null;
  if (dom && dom.rangeCount > 0 && root?.contains(dom.anchorNode)) {
    rect = dom.getRangeAt(0).getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) {
      const el = dom.anchorNode instanceof Element ? dom.anchorNode : dom.anchorNode?.parentElement;
      rect = el?.getBoundingClientRect() ?? null;
    }
  }
  rect ??= root?.getBoundingClientRect() ?? new DOMRect(16, 16, 0, 0);
  const width = 340;
  return {
    top: Math.min(rect.bottom + 6, window.innerHeight - 120),
    left: Math.max(8, Math.min(rect.left, window.innerWidth - width - 8)),
  };
}

/**
 * The small box for a link's address: opened by the toolbar, Ctrl/Cmd+K or the menu.
 * Accepts http, https and mailto (a bare domain gets https://); refuses everything else.
 */
export function LinkEditorPlugin(): JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const t = useMessages().editor;
  const [open, setOpen] = useState<OpenState | null>(null);
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<Exclude<LinkInput, { ok: true }>['reason'] | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_LINK_EDITOR_COMMAND,
        () => {
          // Command listeners run inside an update. A keyboard selection made just before
          // Ctrl/Cmd+K may not have reached Lexical yet (selectionchange comes later): take it
          // from the DOM when the DOM selection is in the body.
          const selection = $currentSelection(editor.getRootElement(), editor);
          let found: { selection: BaseSelection | null; href: string };
          if (!$isRangeSelection(selection)) {
            found = { selection: selection?.clone() ?? null, href: '' };
          } else {
            const link = $linkAround(selection.anchor.getNode()) ?? $linkAround(selection.focus.getNode());
            found = { selection: selection.clone(), href: link?.getURL() ?? '' };
          }
          setUrl(found.href);
          setProblem(null);
          setOpen({ selection: found.selection, hasLink: found.href !== '', ...anchorRect(editor.getRootElement()) });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  useEffect(() => {
    if (open === null) return;
    inputRef.current?.focus();
    inputRef.current?.select();
    const onPointerDown = (event: MouseEvent) => {
      if (boxRef.current && event.target instanceof Node && !boxRef.current.contains(event.target)) setOpen(null);
    };
    document.addEventListener('mousedown', onPointerDown, true);
    return () => document.removeEventListener('mousedown', onPointerDown, true);
  }, [open]);

  const close = useCallback(() => {
    setOpen(null);
    editor.focus();
  }, [editor]);

  const apply = () => {
    if (open === null) return;
    const checked = normalizeLinkInput(url);
    if (!checked.ok) {
      setProblem(checked.reason);
      return;
    }
    const saved = open.selection;
    editor.update(() => {
      if (saved) $setSelection(saved.clone());
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const link = $linkAround(selection.anchor.getNode());
      if (selection.isCollapsed()) {
        if (link) {
          link.setURL(checked.url);
        } else {
          const display = url.trim().replace(/^mailto:/i, '');
          const node = $createLinkNode(checked.url).append($createTextNode(display));
          selection.insertNodes([node]);
        }
      } else {
        $toggleLink(checked.url);
        // Like Google Docs: the caret goes after the new link, so the next key cannot
        // overwrite the words just linked.
        const linked = $getSelection();
        if ($isRangeSelection(linked)) {
          const end = linked.isBackward() ? linked.anchor : linked.focus;
          linked.anchor.set(end.key, end.offset, end.type);
          linked.focus.set(end.key, end.offset, end.type);
        }
      }
    });
    close();
  };

  const remove = () => {
    const saved = open?.selection;
    editor.update(() => {
      if (saved) $setSelection(saved.clone());
      $toggleLink(null);
    });
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      apply();
    }
  };

  if (open === null) return null;
  const message =
    problem === 'empty' ? t.linkEmpty : problem === 'scheme' ? t.linkBadScheme : problem === 'invalid' ? t.linkInvalid : null;
  return createPortal(
    <div
      ref={boxRef}
      className="st-link-editor"
      data-testid="link-editor"
      role="dialog"
      aria-label={t.linkEditor}
      style={{ top: open.top, left: open.left }}
      onKeyDown={onKeyDown}
    >
      <div className="st-link-row">
        <input
          ref={inputRef}
          data-testid="link-url"
          type="text"
          inputMode="url"
          spellCheck={false}
          aria-label={t.linkUrl}
          aria-invalid={message !== null}
          aria-describedby={message ? 'st-link-problem' : undefined}
          placeholder={t.linkUrlPlaceholder}
          value={url}
          onChange={(e) => {
            setUrl(e.target.value);
            setProblem(null);
          }}
        />
        <button type="button" data-testid="link-apply" onClick={apply}>
          {t.linkApply}
        </button>
        <button type="button" data-testid="link-remove" onClick={remove} disabled={!open.hasLink}>
          {t.linkRemove}
        </button>
      </div>
      {message && (
        <p id="st-link-problem" className="st-link-problem" role="alert" data-testid="link-problem">
          {message}
        </p>
      )}
    </div>,
    document.body,
  );
}
