import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useState, type JSX } from 'react';
import { FIGURE_SIZES, type FigureSize } from '../../../../shared/article/body-nodes';
import { useMessages } from '../../i18n';
import { $isFigureNode, type FigureProps } from './FigureNode';
import { captionText, moveFigure, plainCaption } from './figure-edits';

/**
 * The figure as the officer edits it: the photo (its preview, from the media route), the caption
 * centred under it, and the details the portal needs (alt text, credit, size). Clicking the photo
 * selects the figure (Delete removes it, Ctrl+C copies it); the fields edit it as one undo step each.
 */
export function FigureView({ nodeKey, props }: { nodeKey: NodeKey; props: FigureProps }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [selected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const [broken, setBroken] = useState(false);
  const t = useMessages().editor;
  const caption = captionText(props.caption);

  const update = (patch: Partial<FigureProps>) =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isFigureNode(node)) node.setProps(patch);
    });
  const sizeLabel: Record<FigureSize, string> = { full: t.figureSizeFull, half: t.figureSizeHalf, original: t.figureSizeOriginal };

  return (
    <figure
      className={`st-figure st-figure-${props.size}${selected ? ' is-selected' : ''}`}
      data-testid="figure"
      aria-label={t.figureLabel}
    >
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
      {broken && <p className="st-figure-missing" role="alert">{t.figureMissing}</p>}
      <textarea
        className="st-figure-caption"
        aria-label={t.figureCaption}
        placeholder={t.figureCaptionPlaceholder}
        rows={1}
        value={caption}
        onChange={(event) => {
          const next = plainCaption(event.target.value);
          // The alt text follows the caption until the officer writes one of their own.
          const altFollows = props.alt === '' || props.alt === caption;
          update(altFollows ? { caption: next, alt: captionText(next) } : { caption: next });
        }}
      />
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
