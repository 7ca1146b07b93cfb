import type { MenuItemConstructorOptions } from 'electron';
import type { menuVi } from '../shared/i18n/messages/menu';

/** The parts of Electron's context-menu parameters the menu depends on. */
export interface ContextMenuFacts {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: readonly string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

const MAX_SUGGESTIONS = 5;

/**
 * The right-click menu (Electron shows none by default): spelling suggestions for a flagged
 * word, then cut / copy / paste / select all in a text field, or copy on selected text.
 * Empty when there is nothing to offer.
 */
export function buildContextMenuTemplate(
  facts: ContextMenuFacts,
  messages: typeof menuVi,
  replaceMisspelling: (word: string) => void,
): MenuItemConstructorOptions[] {
  const suggestions: MenuItemConstructorOptions[] =
    facts.isEditable && facts.misspelledWord
      ? facts.dictionarySuggestions.slice(0, MAX_SUGGESTIONS).map((word) => ({
          label: word,
          click: () => replaceMisspelling(word),
        }))
      : [];

  let editing: MenuItemConstructorOptions[] = [];
  if (facts.isEditable) {
    editing = [
      { role: 'cut', label: messages.cut, enabled: facts.editFlags.canCut },
      { role: 'copy', label: messages.copy, enabled: facts.editFlags.canCopy },
      { role: 'paste', label: messages.paste, enabled: facts.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: messages.selectAll, enabled: facts.editFlags.canSelectAll },
    ];
  } else if (facts.selectionText.trim() !== '') {
    editing = [{ role: 'copy', label: messages.copy, enabled: facts.editFlags.canCopy }];
  }

  if (suggestions.length > 0 && editing.length > 0) return [...suggestions, { type: 'separator' }, ...editing];
  return [...suggestions, ...editing];
}
