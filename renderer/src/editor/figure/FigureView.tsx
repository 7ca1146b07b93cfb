import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { $createParagraphNode, $getNodeByKey, $getRoot, $isParagraphNode, type NodeKey } from 'lexical';
import { useId, useRef, useState, type JSX } from 'react';
import { FIGURE_SIZES, type FigureSize } from '../../../../shared/article/body-nodes';
import { captionLetters } from '../../../../shared/article/caption-runs';
import { captionSuggestionsFor, orderCaptionSuggestions } from '../../../../shared/templates/caption-suggestions';
import { useMessages } from '../../i18n';
import { useEditorEnvironment } from '../editor-environment';
import { CaptionEditor, type CaptionKeys } from './CaptionEditor';
import { endCaptionEdit, writeCaption } from './caption-history';
import { $isFigureNode, type FigureProps } from './FigureNode';
import { FIGURE_DRAG_TYPE } from './figure-drag';
import { startFigureDrag } from './FigureDragPlugin';
import { moveFigure } from './figure-edits';

/**
 * The figure as the officer edits it: the photo (its preview, from the media route), the caption
 * centred under it (bold and italic, with the template's suggestions), and the details the portal
 * needs (alt text, credit, size). Clicking the photo selects the figure (Delete removes it, Ctrl+C
 * copies it); the handle drags it elsewhere in the body; each edit is one undo step.
 */
export function FigureView({ nodeKey, props }: { nodeKey: NodeKey; props: FigureProps }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [selected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const [broken, setBroken] = useState(false);
  const t = useMessages().editor;
  const { captionSuggestions } = useEditorEnvironment();
  const caption = captionLetters(props.caption);
  const figureRef = useRef<HTMLElement>(null);
  const listId = useId();

  const [captionFocused, setCaptionFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [highlight, setHighlight] = useState(-1);

  const update = (patch: Partial<FigureProps>) =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isFigureNode(node)) node.setProps(patch);
    });
  const sizeLabel: Record<FigureSize, string> = { full: t.figureSizeFull, half: t.figureSizeHalf, original: t.figureSizeOriginal };

  // The template's captions, those no other figure carries first, narrowed to what is typed.
  const offered =
    captionFocused && !dismissed && captionSuggestions.length > 0
      ? captionSuggestionsFor(orderCaptionSuggestions(captionSuggestions, otherCaptions(editor, nodeKey)), caption)
      : [];
  const take = (suggestion: string) => {
    writeCaption(editor, nodeKey, [{ text: suggestion, format: 0 }], 'suggestion');
    setDismissed(true);
    setHighlight(-1);
  };

  const keys = useRef<CaptionKeys>({ arrow: () => false, enter: () => false, escape: () => false, leave: () => {} });
  keys.current = {
    arrow: (direction) => {
      if (offered.length === 0) return false;
      setHighlight((h) => (h < 0 ? (direction > 0 ? 0 : offered.length - 1) : (h + direction + offered.length) % offered.length));
      return true;
    },
    enter: () => {
      const chosen = highlight >= 0 ? offered[highlight] : undefined;
      if (chosen === undefined) return false;
      take(chosen);
      return true;
    },
    escape: () => {
      if (offered.length === 0) return false;
      setDismissed(true);
      return true;
    },
    // Enter ends the caption: the caret goes to the paragraph after the figure, made when there is none.
    leave: () => {
      editor.update(
        () => {
          const node = $getNodeByKey(nodeKey);
          if (!node) return;
          const next = node.getNextSibling();
          const paragraph = $isParagraphNode(next) ? next : node.insertAfter($createParagraphNode());
          if ($isParagraphNode(paragraph)) paragraph.selectStart();
        },
        { onUpdate: () => editor.focus() },
      );
    },
  };

  return (
    <figure
      ref={figureRef}
      className={`st-figure st-figure-${props.size}${selected ? ' is-selected' : ''}`}
      data-testid="figure"
      aria-label={t.figureLabel}
    >
      <div className="st-figure-photo">
        <span
          className="st-figure-handle"
          draggable
          role="button"
          aria-label={t.figureDrag}
          title={t.figureDrag}
          data-testid="figure-handle"
          onDragStart={(event) => {
            startFigureDrag(editor, nodeKey);
            event.dataTransfer.setData(FIGURE_DRAG_TYPE, nodeKey);
            event.dataTransfer.effectAllowed = 'move';
            if (figureRef.current) event.dataTransfer.setDragImage(figureRef.current, 24, 24);
          }}
          onClick={() => {
            clearSelection();
            setSelected(true);
          }}
        >
          ⠿
        </span>
        <img
          src={`media/${props.media}.jpg`}
          alt={props.alt || caption}
          width={props.width}
          height={props.height}
          draggable={false}
          onError={() => setBroken(true)}
          onClick={(event) => {
            if (!event.shiftKey) clearSelection();
            setSelected(true);
          }}
        />
      </div>
      {broken && <p className="st-figure-missing" role="alert">{t.figureMissing}</p>}
      <div className="st-figure-caption-box">
        <CaptionEditor
          nodeKey={nodeKey}
          caption={props.caption}
          label={t.figureCaption}
          placeholder={captionSuggestions.length > 0 ? t.figureCaptionPlaceholderSuggested : t.figureCaptionPlaceholder}
          keys={keys}
          suggestions={offered.length > 0 ? { id: listId, active: highlight >= 0 ? `${listId}-${highlight}` : undefined } : null}
          onChange={(runs, change) => {
            setDismissed(false);
            setHighlight(-1);
            writeCaption(editor, nodeKey, runs, change);
          }}
          onFocusChange={(focused) => {
            if (!focused) endCaptionEdit(editor);
            setCaptionFocused(focused);
            setDismissed(false);
            setHighlight(-1);
          }}
        />
        {offered.length > 0 && (
          <ul id={listId} className="st-caption-suggestions" role="listbox" aria-label={t.captionSuggestions} data-testid="caption-suggestions">
            {offered.map((suggestion, i) => (
              <li
                key={suggestion}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === highlight}
                className={i === highlight ? 'is-active' : undefined}
                // The caption keeps the focus: a click takes the suggestion without leaving it.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => take(suggestion)}
              >
                {suggestion}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="st-figure-details">
        <label>
          <span>{t.figureAlt}</span>
          <input value={props.alt} placeholder={t.figureAltPlaceholder} onChange={(event) => update({ alt: event.target.value })} />
        </label>
        <label>
          <span>{t.figureCredit}</span>
          <input value={props.credit} placeholder={t.figureCreditPlaceholder} onChange={(event) => update({ credit: event.target.value })} />
        </label>
        <label>
          <span>{t.figureSize}</span>
          <select value={props.size} onChange={(event) => update({ size: event.target.value as FigureSize })}>
            {FIGURE_SIZES.map((size) => (
              <option key={size} value={size}>
                {sizeLabel[size]}
              </option>
            ))}
          </select>
        </label>
        <span className="st-figure-actions">
          <button type="button" title={t.figureMoveUp} aria-label={t.figureMoveUp} onClick={() => editor.update(() => moveFigure(nodeKey, -1))}>
            ↑
          </button>
          <button type="button" title={t.figureMoveDown} aria-label={t.figureMoveDown} onClick={() => editor.update(() => moveFigure(nodeKey, 1))}>
            ↓
          </button>
          <button
            type="button"
            title={t.figureRemove}
            aria-label={t.figureRemove}
            onClick={() => editor.update(() => $getNodeByKey(nodeKey)?.remove())}
          >
            ×
          </button>
        </span>
      </div>
    </figure>
  );
}

/** The captions the article's other figures carry (a suggestion they use is offered last). */
function otherCaptions(editor: ReturnType<typeof useLexicalComposerContext>[0], key: NodeKey): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .filter((node) => $isFigureNode(node) && node.getKey() !== key)
      .map((node) => ($isFigureNode(node) ? captionLetters(node.getProps().caption) : '')),
  );
}
