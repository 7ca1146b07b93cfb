import { describe, expect, it, vi } from 'vitest';
import { messagesFor } from '../../../shared/i18n/catalog';
import { buildContextMenuTemplate, type ContextMenuFacts } from '../../../electron/context-menu-template';

const vi_ = messagesFor('vi').menu;
const allFlags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };

function facts(partial: Partial<ContextMenuFacts>): ContextMenuFacts {
  return { isEditable: false, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: allFlags, ...partial };
}

describe('buildContextMenuTemplate', () => {
  it('offers cut, copy, paste and select all in Vietnamese inside the editor', () => {
    const template = buildContextMenuTemplate(facts({ isEditable: true }), vi_, vi.fn());
    expect(template.filter((i) => i.type !== 'separator').map((i) => [i.role, i.label])).toEqual([
      ['cut', 'Cắt'],
      ['copy', 'Sao chép'],
      ['paste', 'Dán'],
      ['selectAll', 'Chọn tất cả'],
    ]);
  });

  it('greys out what cannot be done', () => {
    const template = buildContextMenuTemplate(
      facts({ isEditable: true, editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } }),
      vi_,
      vi.fn(),
    );
    expect(template.find((i) => i.role === 'cut')?.enabled).toBe(false);
    expect(template.find((i) => i.role === 'paste')?.enabled).toBe(true);
  });

  it('puts spelling suggestions first and replaces the word with the one clicked', () => {
    const replace = vi.fn();
    const template = buildContextMenuTemplate(
      facts({ isEditable: true, misspelledWord: 'Tỉnh ũy', dictionarySuggestions: ['Tỉnh ủy', 'Tỉnh uỷ'] }),
      vi_,
      replace,
    );
    expect(template.slice(0, 3).map((i) => i.label ?? i.type)).toEqual(['Tỉnh ủy', 'Tỉnh uỷ', 'separator']);
    (template[1].click as () => void)();
    expect(replace).toHaveBeenCalledExactlyOnceWith('Tỉnh uỷ');
  });

  it('offers at most five suggestions', () => {
    const template = buildContextMenuTemplate(
      facts({ isEditable: true, misspelledWord: 'x', dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }),
      vi_,
      vi.fn(),
    );
    expect(template.filter((i) => !i.role && i.type !== 'separator')).toHaveLength(5);
  });

  it('offers copy on selected text outside a field, and nothing on a bare page', () => {
    expect(buildContextMenuTemplate(facts({ selectionText: 'Bí thư Tỉnh ủy' }), vi_, vi.fn()).map((i) => i.role)).toEqual([
      'copy',
    ]);
    expect(buildContextMenuTemplate(facts({}), vi_, vi.fn())).toEqual([]);
  });

  it('follows the chosen language', () => {
    const template = buildContextMenuTemplate(facts({ isEditable: true }), messagesFor('en').menu, vi.fn());
    expect(template[0].label).toBe('Cut');
  });
});
