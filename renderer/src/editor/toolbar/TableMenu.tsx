import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { JSX, KeyboardEvent } from 'react';
import { usePopoverMenu } from './use-popover-menu';
import { useMessages } from '../../i18n';
import { insertTableAtCaret } from '../table/insert-table';
import { runTableAction, type TableAction } from '../table/table-actions';
import { TableIcon } from './icons';

const ACTIONS: Array<{ action: TableAction; testId: string; label: 'tableRowAbove' | 'tableRowBelow' | 'tableColLeft' | 'tableColRight' | 'tableRowDelete' | 'tableColDelete' | 'tableDelete' }> = [
  { action: 'row-above', testId: 'table-row-above', label: 'tableRowAbove' },
  { action: 'row-below', testId: 'table-row-below', label: 'tableRowBelow' },
  { action: 'col-left', testId: 'table-col-left', label: 'tableColLeft' },
  { action: 'col-right', testId: 'table-col-right', label: 'tableColRight' },
  { action: 'row-delete', testId: 'table-row-delete', label: 'tableRowDelete' },
  { action: 'col-delete', testId: 'table-col-delete', label: 'tableColDelete' },
  { action: 'delete', testId: 'table-delete', label: 'tableDelete' },
];

/** The table button and its menu: insert a 3×3 table with a header row, or edit the one at the caret. */
export function TableMenu({ inTable, disabled = false }: { inTable: boolean; disabled?: boolean }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const t = useMessages().editor;
  const { open, setOpen, wrapRef, menuRef } = usePopoverMenu();

  const choose = (run: () => void) => {
    setOpen(false);
    run();
    editor.focus();
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []);
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      editor.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
      next?.focus();
    }
  };

  return (
    <div className="st-tb-menu-wrap" ref={wrapRef}>
      <button
        type="button"
        className="st-tb-btn"
        data-testid="tb-table"
        aria-label={t.table}
        title={t.table}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-disabled={disabled || undefined}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen((o) => !disabled && !o)}
      >
        <TableIcon />
        <span className="st-tb-caret" aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="st-tb-menu" role="menu" ref={menuRef} onKeyDown={onMenuKey}>
          <button
            type="button"
            role="menuitem"
            data-testid="table-insert"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(() => insertTableAtCaret(editor, 3, 3))}
          >
            {t.tableInsert}
          </button>
          <div className="st-tb-menu-sep" role="separator" />
          {ACTIONS.map(({ action, testId, label }) => (
            <button
              key={action}
              type="button"
              role="menuitem"
              data-testid={testId}
              disabled={!inTable}
              className={action === 'delete' || action.endsWith('delete') ? 'st-danger' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(() => runTableAction(editor, action))}
            >
              {t[label]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
