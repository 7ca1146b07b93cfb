import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $getSelection, $isRangeSelection, $isTextNode, COMMAND_PRIORITY_CRITICAL, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, KEY_ESCAPE_COMMAND, type LexicalNode, type TextNode } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type JSX } from 'react';
import { createPortal } from 'react-dom';
import { mentionCandidates, type MentionCandidate } from '../../../../shared/directory/mention-candidates';
import { mentionQueryBefore } from '../../../../shared/directory/mention-query';
import { mentionText, type MentionForm } from '../../../../shared/directory/mention-text';
import type { DirectoryPerson } from '../../../../shared/directory/person-schema';
import { useEditorEnvironment } from '../editor-environment';
import { MentionList } from './MentionList';
import { otherForm, rememberMentionForm, rememberedMentionForm } from './mention-form';

class PersonOption extends MenuOption {
  constructor(readonly candidate: MentionCandidate) {
    super(candidate.person.id);
  }
}

/** The text of the block before a node, and some of the node: what decides whether the mention starts a sentence. */
function $textBefore(node: LexicalNode, inNode: string): string {
  const siblings = node.getPreviousSiblings().map((n) => n.getTextContent());
  return siblings.join('') + inNode;
}

/** The "@…" query that ends at the caret, with the text of its node up to the caret; null when there is none. */
function $queryAtCaret(): { node: TextNode; before: string; start: number; query: string } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node)) return null;
  const before = node.getTextContent().slice(0, selection.anchor.offset);
  const found = mentionQueryBefore(before);
  return found ? { node, before, ...found } : null;
}

/**
 * Writes the person over the "@…" that ends at the caret, read from the text itself at the
 * moment of the choice (a key pressed right after typing must not act on the list's older
 * query). False when there is no such query.
 */
function $writeMention(person: DirectoryPerson, form: MentionForm): boolean {
  const asked = $queryAtCaret();
  if (!asked) return false;
  const { node, before, start } = asked;
  const text = mentionText(person, form, $textBefore(node, before.slice(0, start)));
  node.spliceText(start, before.length - start, text, true);
  return true;
}

interface Chooser {
  selectedIndex: number | null;
}

/**
 * "@" in the body offers the people of the leader directory (matched with or without tone marks
 * on the name, a title or the unit; protocol order; those out of office on the article's date
 * marked). Choosing one writes them where the "@…" stood, with their full title chain or in the
 * short form — the form shown at the top of the list, remembered; Shift+Enter writes the other.
 */
export function MentionPlugin(): JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const { directory, articleDate } = useEditorEnvironment();
  const [query, setQuery] = useState<string | null>(null);
  const [form, setForm] = useState<MentionForm>(rememberedMentionForm);
  const textBefore = useRef('');
  const chooser = useRef<Chooser | null>(null);
  /** The text before the caret when Escape closed the list: that same "@…" does not open it again. */
  const dismissed = useRef<string | null>(null);

  const options = useMemo(
    () => (query === null ? [] : mentionCandidates(directory, query, articleDate).map((c) => new PersonOption(c))),
    [directory, query, articleDate],
  );

  const chooseForm = useCallback((f: MentionForm) => {
    setForm(f);
    rememberMentionForm(f);
  }, []);

  // Called inside the typeahead's editor read: the selection is there to tell what comes before the "@".
  const triggerFn = useCallback((text: string): MenuTextMatch | null => {
    const found = text === dismissed.current ? null : mentionQueryBefore(text);
    if (!found) return null;
    const selection = $getSelection();
    const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
    textBefore.current = anchor ? $textBefore(anchor, text.slice(0, found.start)) : text.slice(0, found.start);
    return { leadOffset: found.start, matchingString: found.query, replaceableString: text.slice(found.start) };
  }, []);

  // The menu's own choice (Tab): the person over the query node it split off.
  const onSelectOption = useCallback(
    (option: PersonOption, node: TextNode | null, closeMenu: () => void) => {
      if (node) {
        node.setTextContent(mentionText(option.candidate.person, form, $textBefore(node, '')));
        node.selectEnd();
      }
      closeMenu();
    },
    [form],
  );

  // Enter takes the highlighted person in the list's form, Shift+Enter in the other. Handled here
  // rather than by the menu, which lets Shift+Enter through and opens a moment after the letter
  // that asks for it: a key pressed at once still finds the people for the "@…" before the caret.
  // After Escape, Enter is Enter and the list stays closed until the query changes.
  const latest = useRef({ directory, articleDate });
  latest.current = { directory, articleDate };
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_ENTER_COMMAND,
          (event) => {
            const asked = $queryAtCaret();
            if (!asked || asked.before === dismissed.current) return false;
            const shown = mentionCandidates(latest.current.directory, asked.query, latest.current.articleDate);
            if (shown.length === 0) return false;
            const person = shown[Math.min(chooser.current?.selectedIndex ?? 0, shown.length - 1)].person;
            if (!$writeMention(person, event?.shiftKey ? otherForm(form) : form)) return false;
            event?.preventDefault();
            return true;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerCommand(
          KEY_ESCAPE_COMMAND,
          () => {
            dismissed.current = $queryAtCaret()?.before ?? null;
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
      ),
    [editor, form],
  );

  return (
    <LexicalTypeaheadMenuPlugin<PersonOption>
      options={options}
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      onClose={() => {
        chooser.current = null;
      }}
      triggerFn={triggerFn}
      commandPriority={COMMAND_PRIORITY_HIGH}
      anchorClassName="st-mention-anchor"
      menuRenderFn={(anchor, { selectedIndex, setHighlightedIndex, options: shown }, matching) => {
        chooser.current = { selectedIndex };
        if (!anchor.current) return null;
        return createPortal(
          <MentionList
            id="typeahead-item"
            candidates={shown.map((o) => o.candidate)}
            textBefore={textBefore.current}
            query={matching}
            form={form}
            highlighted={selectedIndex}
            directoryEmpty={directory.length === 0}
            onForm={chooseForm}
            onHighlight={setHighlightedIndex}
            onChoose={(i, f) => {
              const person = shown[i]?.candidate.person;
              if (person) editor.update(() => void $writeMention(person, f));
            }}
            optionRef={(i, el) => shown[i]?.setRefElement(el)}
          />,
          anchor.current,
        );
      }}
    />
  );
}
