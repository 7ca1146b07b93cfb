import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import type { ArticleMeta } from '../../../../shared/article/article-schema';
import type { DraftTemplate } from '../../../../shared/templates/draft-template';
import { $partParagraph, type BodyPart } from '../../editor/template/template-parts';
import { useTemplateDocument } from './use-template-document';

const EDITED = 'data-template-edited';
const BODY_PARTS: readonly BodyPart[] = ['attendees', 'directiveOpening'];

interface Props {
  meta: ArticleMeta;
  template: DraftTemplate | null;
}

/**
 * Marks in the body's margin each generated paragraph the officer has edited by hand (kept when
 * the fields change), whichever side-panel tab is showing.
 */
export function TemplateMarks({ meta, template }: Props): null {
  const [editor] = useLexicalComposerContext();
  const doc = useTemplateDocument({ record: template, meta, onEditMeta: () => {}, onRecord: () => {} });
  const edited = useRef<Record<BodyPart, boolean>>({ attendees: false, directiveOpening: false });
  edited.current = { attendees: doc?.statuses.attendees.state === 'edited', directiveOpening: doc?.statuses.directiveOpening.state === 'edited' };
  const key = `${edited.current.attendees}/${edited.current.directiveOpening}`;

  useEffect(() => {
    const paint = () =>
      editor.getEditorState().read(() => {
        for (const part of BODY_PARTS) {
          const paragraph = $partParagraph(part);
          const element = paragraph ? editor.getElementByKey(paragraph.getKey()) : null;
          if (!element) continue;
          if (edited.current[part]) element.setAttribute(EDITED, 'true');
          else element.removeAttribute(EDITED);
        }
      });
    paint();
    return editor.registerUpdateListener(paint);
  }, [editor, key]);
  return null;
}
