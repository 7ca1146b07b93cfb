import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, getNearestEditorFromDOMNode } from 'lexical';
import type { JSX, ReactNode } from 'react';
import { useMessages } from '../../i18n';
import { runEditorCommand } from '../editor-commands';
import { BulletListIcon, LinkIcon, NumberedListIcon, RedoIcon, UndoIcon, PhotoIcon } from './icons';
import { useEditorEnvironment } from '../editor-environment';
import { withShortcut } from './shortcut-label';
import { TableMenu } from './TableMenu';
import { FormatMenu } from './FormatMenu';
import { useBlockChoice } from './useBlockChoice';
import { useEditingPlace } from './useEditingPlace';
import { useToolbarState, type BlockType } from './useToolbarState';

type SettableBlock = 'paragraph' | 'h2' | 'h3' | 'quote';

/** Block type, B I U, lists, link, table, undo/redo: small, quiet, all from the catalog. */
export function EditorToolbar(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const t = useMessages().editor;
  const state = useToolbarState();
  const { mac, insertPhotos } = useEditorEnvironment();
  // In the title, sapô or another field the buttons are not the body's: formatting is disabled
  // there, and undo/redo are the field's own.
  const place = useEditingPlace(editor);
  const inField = place === 'field';
  // In a photo's caption only bold and italic are the caption's; the block buttons wait for the body.
  const inCaption = place === 'caption';
  const notBody = inField || inCaption;
  const format = (command: 'bold' | 'italic') => {
    const caption = inCaption ? getNearestEditorFromDOMNode(document.activeElement) : null;
    if (caption && caption !== editor) caption.dispatchCommand(FORMAT_TEXT_COMMAND, command);
    else runEditorCommand(editor, command);
  };

  const setBlock = (block: SettableBlock) => {
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      $setBlocksType(selection, () =>
        block === 'h2' || block === 'h3' ? $createHeadingNode(block) : block === 'quote' ? $createQuoteNode() : $createParagraphNode(),
      );
    });
    editor.focus();
  };

  const toggleList = (type: 'bullet' | 'number') => {
    if (state.block === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    editor.focus();
  };

  const isList = (b: BlockType) => b === 'bullet' || b === 'number';
  const blockChoice = useBlockChoice<SettableBlock | 'list'>(isList(state.block) ? 'list' : state.block, (value) => {
    if (value !== 'list') setBlock(value);
  });
  const history = (command: 'undo' | 'redo') => (inField ? document.execCommand(command) : runEditorCommand(editor, command));

  return (
    <div className="st-toolbar" role="toolbar" aria-label={t.toolbarLabel}>
      <select
        className="st-tb-select"
        data-testid="tb-block"
        aria-label={t.blockType}
        title={t.blockType}
        aria-disabled={notBody || undefined}
        value={blockChoice.value}
        onChange={blockChoice.onChange}
        onKeyDown={(e) => (notBody ? e.preventDefault() : blockChoice.onKeyDown(e))}
        onKeyUp={blockChoice.onKeyUp}
        onMouseDown={(e) => (notBody ? e.preventDefault() : blockChoice.onMouseDown())}
        onBlur={blockChoice.onBlur}
      >
        <option value="paragraph">{t.blockParagraph}</option>
        <option value="h2">{t.blockH2}</option>
        <option value="h3">{t.blockH3}</option>
        <option value="quote">{t.blockQuote}</option>
        {isList(state.block) && (
          <option value="list" disabled>
            {t.blockList}
          </option>
        )}
      </select>
      <Sep />
      <ToolButton testId="tb-bold" disabled={inField} label={t.bold} keys="B" mac={mac} pressed={!inCaption && state.bold} onPress={() => format('bold')}>
        <b>B</b>
      </ToolButton>
      <ToolButton testId="tb-italic" disabled={inField} label={t.italic} keys="I" mac={mac} pressed={!inCaption && state.italic} onPress={() => format('italic')}>
        <i className="st-tb-serif">I</i>
      </ToolButton>
      <ToolButton testId="tb-underline" disabled={notBody} label={t.underline} keys="U" mac={mac} pressed={state.underline} onPress={() => runEditorCommand(editor, 'underline')}>
        <u>U</u>
      </ToolButton>
      <FormatMenu mac={mac} disabled={notBody} />
      <Sep />
      <ToolButton testId="tb-ul" disabled={notBody} label={t.bulletList} mac={mac} pressed={state.block === 'bullet'} onPress={() => toggleList('bullet')}>
        <BulletListIcon />
      </ToolButton>
      <ToolButton testId="tb-ol" disabled={notBody} label={t.numberedList} mac={mac} pressed={state.block === 'number'} onPress={() => toggleList('number')}>
        <NumberedListIcon />
      </ToolButton>
      <Sep />
      <ToolButton testId="tb-link" disabled={notBody} label={t.link} keys="K" mac={mac} pressed={state.link} onPress={() => runEditorCommand(editor, 'link')}>
        <LinkIcon />
      </ToolButton>
      <TableMenu inTable={state.inTable} disabled={notBody} />
      <ToolButton testId="tb-photo" disabled={inField} label={t.insertPhoto} keys="Shift+I" mac={mac} onPress={insertPhotos}>
        <PhotoIcon />
      </ToolButton>
      <Sep />
      <ToolButton testId="tb-undo" label={t.undo} keys="Z" mac={mac} disabled={!inField && !state.canUndo} onPress={() => history('undo')}>
        <UndoIcon />
      </ToolButton>
      <ToolButton
        testId="tb-redo"
        label={t.redo}
        keys={mac ? 'Shift+Z' : 'Y'}
        mac={mac}
        disabled={!inField && !state.canRedo}
        onPress={() => history('redo')}
      >
        <RedoIcon />
      </ToolButton>
    </div>
  );
}

function Sep(): JSX.Element {
  return <span className="st-tb-sep" aria-hidden="true" />;
}

function ToolButton(props: {
  testId: string;
  label: string;
  keys?: string;
  mac: boolean;
  pressed?: boolean;
  disabled?: boolean;
  onPress: () => void;
  children: ReactNode;
}): JSX.Element {
  const title = props.keys ? withShortcut(props.label, props.keys, props.mac) : props.label;
  return (
    <button
      type="button"
      className="st-tb-btn"
      data-testid={props.testId}
      aria-label={props.label}
      title={title}
      aria-pressed={props.pressed === undefined ? undefined : props.pressed}
      aria-keyshortcuts={props.keys ? (props.mac ? 'Meta+' : 'Control+') + props.keys : undefined}
      // aria-disabled, not disabled: a disabled button lets a click take the focus away from the
      // title or the body; this one stays where it is, looks disabled and does nothing.
      aria-disabled={props.disabled || undefined}
      // Keep the caret in the body: the button acts on the selection there.
      onMouseDown={(e) => e.preventDefault()}
      onClick={props.disabled ? undefined : props.onPress}
    >
      {props.children}
    </button>
  );
}
