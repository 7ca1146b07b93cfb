import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $addUpdateTag, $getRoot, $getState, $isParagraphNode, $setSelection, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleMeta } from '../../../../shared/article/article-schema';
import type { DirectoryPerson } from '../../../../shared/directory/person-schema';
import type { DraftTemplate } from '../../../../shared/templates/draft-template';
import { generateArticleParts, type ArticleParts } from '../../../../shared/templates/engine';
import { articleFieldsSchema, type ArticleFields, type ArticleFieldsInput } from '../../../../shared/templates/fields-schema';
import { writtenParts, type WrittenParts } from '../../../../shared/templates/template-article';
import type { Template } from '../../../../shared/templates/template-schema';
import {
  openingLength,
  partStatuses,
  planTemplateUpdate,
  takeTemplateVersion,
  type CurrentParts,
  type PartStatus,
  type TemplateTextPart,
} from '../../../../shared/templates/template-update';
import { $partParagraph, $readBodyParts, $refreshHints, $rewritePart, type BodyPart, type SkeletonHints } from '../../editor/template/template-parts';
import { templateMarkState } from '../../editor/template/template-state';
import { useDirectory } from './directory-client';
import { useOwnTemplates } from './own-templates-client';
import { templateById } from './template-library';

interface Args {
  record: DraftTemplate | null;
  meta: ArticleMeta;
  onEditMeta: (patch: Partial<ArticleMeta>) => void;
  onRecord: (record: DraftTemplate) => void;
}

export interface TemplateDocument {
  template: Template;
  fields: ArticleFields;
  parts: ArticleParts;
  written: WrittenParts;
  statuses: Record<TemplateTextPart, PartStatus>;
  directory: readonly DirectoryPerson[];
  /** The form changed a field: the parts nobody touched follow it. */
  changeFields(next: ArticleFieldsInput): void;
  /** Lấy bản của mẫu: the template's version of one part replaces what the officer wrote there. */
  takeTemplate(part: TemplateTextPart): void;
}

const EDITED = 'data-template-edited';

/** An editor update the form makes: it must not pull the caret out of the field being typed in. */
function formUpdate(editor: LexicalEditor, run: () => void): void {
  const root = editor.getRootElement();
  const bodyHasFocus = !!root && root.contains(document.activeElement);
  editor.update(() => {
    $addUpdateTag(SKIP_DOM_SELECTION_TAG);
    $addUpdateTag(SKIP_SCROLL_INTO_VIEW_TAG);
    run();
    // The caret is in the form: the body keeps no stale selection to jump back to on the next click.
    if (!bodyHasFocus) $setSelection(null);
  });
}

/** The hints the skeleton has now, by part and in order. */
function skeletonHints(parts: ArticleParts): SkeletonHints {
  const hints: SkeletonHints = { parts: {}, placeholders: [] };
  for (const block of parts.skeleton) {
    if (block.kind === 'generated' && block.hint) hints.parts[block.part] = block.hint;
    if (block.kind === 'placeholder') hints.placeholders.push(block.text);
  }
  return hints;
}

/** Whether a field change would change a hint still showing (read without writing: most keystrokes change none). */
function hintsDiffer(hints: SkeletonHints): boolean {
  const shown = [
    ...(['attendees', 'directiveOpening'] as const).map((part) => {
      const p = $partParagraph(part);
      return [p ? $getState(p, templateMarkState)?.hint : undefined, hints.parts[part]] as const;
    }),
  ];
  const placeholders = $getRoot()
    .getChildren()
    .filter((c) => $isParagraphNode(c) && !!$getState(c, templateMarkState)?.hint && !$getState(c, templateMarkState)?.part);
  placeholders.forEach((p, i) => shown.push([$getState(p, templateMarkState)?.hint, hints.placeholders[i]] as const));
  return shown.some(([now, next]) => now !== undefined && next !== undefined && next !== '' && now !== next);
}

function sameParts(a: Record<BodyPart, string | null>, b: Record<BodyPart, string | null>): boolean {
  return a.attendees === b.attendees && a.directiveOpening === b.directiveOpening;
}

/**
 * A draft made from a template, as the Mẫu tab works on it: the template and its fields, what the
 * template writes from them now, the state of each part (as generated or edited by hand), and the
 * two things the officer does (change a field, take the template's version back). The body's
 * generated paragraphs are found by their mark; those edited by hand are marked in the margin.
 */
export function useTemplateDocument({ record, meta, onEditMeta, onRecord }: Args): TemplateDocument | null {
  const [editor] = useLexicalComposerContext();
  const directory = useDirectory();
  // A draft made from an own template finds it once the list has come from the data folder.
  const own = useOwnTemplates();
  const template = useMemo(() => (record ? templateById(record.id) : null), [record?.id, own]);
  const fields = useMemo(() => {
    const parsed = record ? articleFieldsSchema.safeParse(record.fields) : null;
    return parsed?.success ? parsed.data : null;
  }, [record]);
  const parts = useMemo(() => (template && fields ? generateArticleParts(template, fields, directory) : null), [template, fields, directory]);
  const written = useMemo(() => (parts ? writtenParts(parts) : null), [parts]);

  const [bodyParts, setBodyParts] = useState(() => editor.getEditorState().read($readBodyParts));
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read($readBodyParts);
        setBodyParts((prev) => (sameParts(prev, next) ? prev : next));
      }),
    [editor],
  );

  const current: CurrentParts = { title: meta.title, sapo: meta.sapo, ...bodyParts };
  const statuses = record && written ? partStatuses(record, current, written) : null;

  // The latest values for the callbacks, which the form calls on each keystroke.
  const latest = useRef({ record, meta, template, fields, directory });
  latest.current = { record, meta, template, fields, directory };

  const changeFields = useCallback(
    (input: ArticleFieldsInput) => {
      const { record: rec, meta: m, template: t, fields: old, directory: people } = latest.current;
      if (!rec || !t || !old) return;
      const parsed = articleFieldsSchema.safeParse({ ...input, template: t.id });
      if (!parsed.success) return;
      const next = parsed.data;
      const nextParts = generateArticleParts(t, next, people);
      const nextWritten = writtenParts(nextParts);
      const now: CurrentParts = { title: m.title, sapo: m.sapo, ...editor.getEditorState().read($readBodyParts) };
      const plan = planTemplateUpdate(rec, next, now, nextWritten);
      const patch: Partial<ArticleMeta> = {};
      if (plan.rewrite.title !== undefined) patch.title = plan.rewrite.title;
      if (plan.rewrite.sapo !== undefined) patch.sapo = plan.rewrite.sapo;
      // The article's date follows the meeting's while it was the meeting's (or unset).
      if (next.date !== old.date && next.date && (m.date === old.date || old.date === '')) patch.date = next.date;
      if (Object.keys(patch).length > 0) onEditMeta(patch);
      const { attendees, directiveOpening } = plan.rewrite;
      const hints = skeletonHints(nextParts);
      const hintsChange = editor.getEditorState().read(() => hintsDiffer(hints));
      if (attendees !== undefined || directiveOpening !== undefined || hintsChange) {
        const oldOpening = Number(rec.fingerprints.directiveOpening.split(':')[1]) || 0;
        formUpdate(editor, () => {
          if (attendees !== undefined) $rewritePart('attendees', attendees, 'all');
          if (directiveOpening !== undefined) $rewritePart('directiveOpening', directiveOpening, oldOpening);
          $refreshHints(hints);
        });
      }
      onRecord(plan.record);
    },
    [editor, onEditMeta, onRecord],
  );

  const takeTemplate = useCallback(
    (part: TemplateTextPart) => {
      const { record: rec, template: t, fields: f, directory: people } = latest.current;
      if (!rec || !t || !f) return;
      const w = writtenParts(generateArticleParts(t, f, people));
      if (part === 'title' || part === 'sapo') onEditMeta({ [part]: w[part] });
      else {
        const now = editor.getEditorState().read($readBodyParts)[part];
        if (now === null) return;
        formUpdate(editor, () => {
          $rewritePart(part, w[part], part === 'attendees' ? 'all' : openingLength(rec, now));
        });
      }
      onRecord(takeTemplateVersion(rec, part, w));
    },
    [editor, onEditMeta, onRecord],
  );

  if (!record || !template || !fields || !parts || !written || !statuses) return null;
  return { template, fields, parts, written, statuses, directory, changeFields, takeTemplate };
}
