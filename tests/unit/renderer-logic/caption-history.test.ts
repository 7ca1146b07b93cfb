import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, UNDO_COMMAND, type LexicalEditor, type ParagraphNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { endCaptionEdit, registerCaptionHistory, writeCaption } from '../../../renderer/src/editor/figure/caption-history';
import { $createFigureNode, $isFigureNode, FigureNode, type FigureProps } from '../../../renderer/src/editor/figure/FigureNode';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A body holding one figure, with the body's history (one second of typing is one step). */
function bodyWithFigure(props: Partial<FigureProps> = {}): { editor: LexicalEditor; key: string } {
  const editor = createEditor({
    namespace: 'soantin-body',
    nodes: [FigureNode],
    onError: (error) => {
      throw error;
    },
  });
  let key = '';
  editor.update(
    () => {
      const figure = $createFigureNode({ media: 'a'.repeat(64), width: 800, height: 600, alt: '', caption: [], credit: '', size: 'full', ...props });
      $getRoot().append($createParagraphNode(), figure);
      key = figure.getKey();
    },
    { discrete: true },
  );
  registerHistory(editor, createEmptyHistoryState(), 1000);
  registerCaptionHistory(editor);
  // The history starts from the body as it opened (the caret placed in it).
  editor.update(() => $getRoot().getFirstChildOrThrow().selectStart(), { discrete: true });
  return { editor, key };
}

function figureProps(editor: LexicalEditor): FigureProps {
  return editor.getEditorState().read(() => {
    const figure = $getRoot().getChildren().find($isFigureNode);
    if (!figure) throw new Error('no figure');
    return figure.getProps();
  });
}

describe('a caption edit in the body’s history', () => {
  it('typing in a caption is one undo step; the alt text follows the caption', async () => {
    const { editor, key } = bodyWithFigure();
    writeCaption(editor, key, [{ text: 'Các', format: 0 }], 'typing');
    await settle();
    writeCaption(editor, key, [{ text: 'Các đại', format: 0 }], 'typing');
    await settle();
    writeCaption(editor, key, [{ text: 'Các ', format: 0 }, { text: 'đại biểu', format: 1 }], 'format');
    await settle();
    expect(figureProps(editor)).toMatchObject({ caption: [{ text: 'Các ', format: 0 }, { text: 'đại biểu', format: 1 }], alt: 'Các đại biểu' });

    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settle();
    expect(figureProps(editor).caption).toEqual([{ text: 'Các đại', format: 0 }]);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settle();
    expect(figureProps(editor)).toMatchObject({ caption: [], alt: '' });
  });

  it('leaving the caption ends the edit; a suggestion taken is a step of its own', async () => {
    const { editor, key } = bodyWithFigure();
    writeCaption(editor, key, [{ text: 'Các', format: 0 }], 'typing');
    await settle();
    writeCaption(editor, key, [{ text: 'Các đại', format: 0 }], 'typing');
    await settle();
    endCaptionEdit(editor);
    writeCaption(editor, key, [{ text: 'Các đại biểu', format: 0 }], 'typing');
    await settle();
    writeCaption(editor, key, [{ text: 'Các đại biểu dự hội nghị', format: 0 }], 'suggestion');
    await settle();
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settle();
    expect(figureProps(editor).caption).toEqual([{ text: 'Các đại biểu', format: 0 }]);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settle();
    expect(figureProps(editor).caption).toEqual([{ text: 'Các đại', format: 0 }]);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settle();
    expect(figureProps(editor).caption).toEqual([]);
  });

  it('typing in the body between two caption edits parts them into two steps', async () => {
    const { editor, key } = bodyWithFigure();
    writeCaption(editor, key, [{ text: 'Các', format: 0 }], 'typing');
    await settle();
    editor.update(() => $getRoot().getFirstChildOrThrow<ParagraphNode>().append($createTextNode('Dự hội nghị')));
    await settle();
    writeCaption(editor, key, [{ text: 'Các đại', format: 0 }], 'typing');
    await settle();
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settle();
    expect(figureProps(editor).caption).toEqual([{ text: 'Các', format: 0 }]);
    // The body's words stay: only the caption's second edit was undone.
    expect(editor.getEditorState().read(() => $getRoot().getFirstChildOrThrow().getTextContent())).toBe('Dự hội nghị');
  });

  it('an alt text the officer wrote is kept when the caption changes', async () => {
    const { editor, key } = bodyWithFigure({ caption: [{ text: 'Hội nghị', format: 0 }], alt: 'Toàn cảnh hội trường' });
    writeCaption(editor, key, [{ text: 'Hội nghị tỉnh', format: 0 }], 'typing');
    await settle();
    expect(figureProps(editor)).toMatchObject({ caption: [{ text: 'Hội nghị tỉnh', format: 0 }], alt: 'Toàn cảnh hội trường' });
  });
});
