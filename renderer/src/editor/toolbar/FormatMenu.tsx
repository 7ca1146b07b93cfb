import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, type TextFormatType } from 'lexical';
import { useState, type JSX, type KeyboardEvent } from 'react';
import { usePopoverMenu } from './use-popover-menu';
import { useMessages } from '../../i18n';
import { runEditorCommand } from '../editor-commands';
import { withShortcut } from './shortcut-label';

const ITEMS: Array<{ format: 'superscript' | 'subscript' | 'strikethrough'; keys: string; mark: string }> = [
  { format: 'superscript', keys: 'Shift+=', mark: 'x²' },
  { format: 'subscript', keys: '=', mark: 'x₂' },
  { format: 'strikethrough', keys: 'Shift+X', mark: 'S̶' },
];

/** The toolbar's "more" menu: superscript, subscript, strikethrough, each with its shortcut and a check when the selection has it. */
export function FormatMenu({ mac, disabled }: { mac: boolean; disabled: boolean }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const t = useMessages().formats;
  const { open, setOpen, wrapRef, menuRef } = usePopoverMenu();
  const [active, setActive] = useState<Set<TextFormatType>>(new Set());

  const toggleOpen = () => {
    if (disabled) return;
    if (!open) {
      setActive(
        editor.getEditorState().read(() => {
          const selection = $getSelection();
          return new Set(ITEMS.map((i) => i.format).filter((f) => $isRangeSelection(selection) && selection.hasFormat(f)));
        }),
      );
    }
    setOpen((o) => !o);
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      editor.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  };

  return (
    <div className="st-tb-menu-wrap" ref={wrapRef}>
      <button
        type="button"
        className="st-tb-btn"
        data-testid="tb-more"
        aria-label={t.more}
        title={t.more}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-disabled={disabled || undefined}
        onMouseDown={(e) => e.preventDefault()}
        onClick={toggleOpen}
      >
        <span aria-hidden="true">x²</span>
        <span className="st-tb-caret" aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="st-tb-menu" role="menu" ref={menuRef} onKeyDown={onMenuKey}>
          {ITEMS.map(({ format, keys, mark }) => (
            <button
              key={format}
              type="button"
              role="menuitemcheckbox"
              aria-checked={active.has(format)}
              data-testid={`format-${format}`}
              title={withShortcut(t[format], keys, mac)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                setOpen(false);
                runEditorCommand(editor, format);
                editor.focus();
              }}
            >
              <span className="st-format-mark" aria-hidden="true">{mark}</span> {t[format]}
              <span className="st-format-check" aria-hidden="true">{active.has(format) ? ' ✓' : ''}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
