import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isParagraphNode,
  $isTabNode,
  $isTextNode,
  $setSelection,
  type LexicalNode,
  type RootNode,
  type TextNode,
} from 'lexical';
import type { CaptionRun } from '../../../../shared/article/body-nodes';
import { CAPTION_FORMAT_BITS, normalizeCaptionRuns } from '../../../../shared/article/caption-runs';

/**
 * The caption field's content (a small Lexical editor of its own) and the runs the figure keeps:
 * one paragraph of text nodes, each plain, bold or italic. These run inside the caption editor.
 */

/** The runs the caption field holds now, as the figure keeps them. */
export function $captionRuns(): CaptionRun[] {
  const runs: CaptionRun[] = [];
  const visit = (node: LexicalNode) => {
    if ($isTextNode(node)) runs.push({ text: node.getTextContent(), format: node.getFormat() });
    else if ($isLineBreakNode(node) || $isTabNode(node)) runs.push({ text: ' ', format: 0 });
    else if ($isElementNode(node)) {
      node.getChildren().forEach(visit);
      if (!node.isInline()) runs.push({ text: ' ', format: 0 });
    }
  };
  $getRoot().getChildren().forEach(visit);
  return normalizeCaptionRuns(runs);
}

/** Replaces the field's content with these runs; the caret at the end when the field has it, else none. */
export function $setCaptionRuns(runs: readonly CaptionRun[], caret = true): void {
  const root = $getRoot();
  root.clear();
  const paragraph = $createParagraphNode();
  for (const run of normalizeCaptionRuns(runs)) paragraph.append($createTextNode(run.text).setFormat(run.format));
  root.append(paragraph);
  if (caret) paragraph.selectEnd();
  else $setSelection(null);
}

/** A caption keeps bold and italic only: underline, strikethrough, sub- and superscript are taken off. */
export function $keepCaptionFormats(node: TextNode): void {
  const format = node.getFormat();
  if ((format & ~CAPTION_FORMAT_BITS) !== 0) node.setFormat(format & CAPTION_FORMAT_BITS);
  if (node.getStyle() !== '') node.setStyle('');
}

/** A caption is one line: whatever came in as more blocks (a drop, an odd paste) joins the first, a space between. */
export function $keepOneLine(root: RootNode): void {
  const blocks = root.getChildren();
  const first = blocks[0];
  if (blocks.length === 1 && $isParagraphNode(first) && !first.getChildren().some((c) => $isLineBreakNode(c) || $isTabNode(c) || $isElementNode(c))) return;
  $setCaptionRuns($captionRuns());
}
