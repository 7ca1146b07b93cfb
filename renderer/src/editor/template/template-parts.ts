import { $createTextNode, $getRoot, $getState, $isParagraphNode, $isTextNode, $setState, type LexicalNode, type ParagraphNode } from 'lexical';
import type { TemplateMark } from '../../../../shared/article/body-nodes';
import { templateEndState, templateMarkState } from './template-state';

export type BodyPart = 'attendees' | 'directiveOpening';

/** The first top-level paragraph the template marked as this part, or null once it was deleted. */
export function $partParagraph(part: BodyPart): ParagraphNode | null {
  for (const child of $getRoot().getChildren()) {
    if ($isParagraphNode(child) && $getState(child, templateMarkState)?.part === part) return child;
  }
  return null;
}

export function $isEndNode(node: LexicalNode): boolean {
  return $isTextNode(node) && $getState(node, templateEndState) === true;
}

/** A paragraph's text without its end mark's own node. */
export function $textWithoutEnd(paragraph: ParagraphNode): string {
  return paragraph
    .getChildren()
    .filter((child) => !$isEndNode(child))
    .map((child) => child.getTextContent())
    .join('');
}

/** What the attendee and directive paragraphs hold now (null for one deleted). */
export function $readBodyParts(): Record<BodyPart, string | null> {
  const text = (part: BodyPart) => {
    const p = $partParagraph(part);
    return p ? $textWithoutEnd(p) : null;
  };
  return { attendees: text('attendees'), directiveOpening: text('directiveOpening') };
}

function setBase(paragraph: ParagraphNode, base: string): void {
  const mark = $getState(paragraph, templateMarkState);
  if (mark?.hint) $setState(paragraph, templateMarkState, { ...mark, base } satisfies TemplateMark);
}

/**
 * Puts a part's new text at the start of its paragraph in place of the first `replaced`
 * characters (all of the text before the end for the attendee paragraph; the old opening for the
 * directive, whose paragraph goes on with what the officer wrote). The end mark stays.
 */
export function $rewritePart(part: BodyPart, text: string, replaced: number | 'all'): boolean {
  const paragraph = $partParagraph(part);
  if (!paragraph) return false;
  const pieces = paragraph.getChildren().filter((child) => !$isEndNode(child));
  let left = replaced === 'all' ? Number.POSITIVE_INFINITY : replaced;
  for (const node of pieces) {
    if (left <= 0) break;
    const length = node.getTextContentSize();
    if (length <= left || !$isTextNode(node)) {
      left -= length;
      node.remove();
    } else {
      node.spliceText(0, left, '');
      left = 0;
    }
  }
  if (text) {
    const node = $createTextNode(text);
    const first = paragraph.getFirstChild();
    if (first) first.insertBefore(node);
    else paragraph.append(node);
  }
  // The hint shows while the paragraph holds only what was generated.
  setBase(paragraph, text);
  return true;
}

/** The skeleton's hints as the fields now make them, for the paragraphs still showing theirs. */
export interface SkeletonHints {
  /** The hint after a generated part, by part. */
  parts: Partial<Record<BodyPart, string>>;
  /** The placeholders' hints, in the skeleton's order. */
  placeholders: string[];
}

/**
 * Hints mention fields too ("đề nghị Ban Thường vụ Thị ủy Duy Tiên tập trung…"): they follow the
 * fields while nobody has written in their paragraph. Placeholders are matched in order; a
 * paragraph the officer wrote in keeps its mark as it is. Returns whether anything changed.
 */
export function $refreshHints(hints: SkeletonHints): boolean {
  let changed = false;
  const setHint = (paragraph: ParagraphNode, hint: string | undefined) => {
    const mark = $getState(paragraph, templateMarkState);
    if (!mark?.hint || !hint || mark.hint === hint) return;
    if (paragraph.getTextContent() !== (mark.base ?? '') + (mark.end ?? '')) return;
    $setState(paragraph, templateMarkState, { ...mark, hint });
    changed = true;
  };
  for (const part of ['attendees', 'directiveOpening'] as const) {
    const paragraph = $partParagraph(part);
    if (paragraph) setHint(paragraph, hints.parts[part]);
  }
  const placeholders = $getRoot()
    .getChildren()
    .filter((child): child is ParagraphNode => $isParagraphNode(child) && !!$getState(child, templateMarkState)?.hint && !$getState(child, templateMarkState)?.part);
  placeholders.forEach((paragraph, i) => setHint(paragraph, hints.placeholders[i]));
  return changed;
}
