import type { ArticleBody, SerializedBodyNode } from '../article/article-schema';
import type { TemplateMark } from '../article/body-nodes';
import type { GeneratedBlock } from './engine';

/**
 * The body skeleton as Lexical serialized JSON of our node registry. Headings and paragraphs are
 * text; a placeholder is a paragraph holding nothing but its end, with the greyed hint in its
 * template mark; a generated block (the attendee paragraph, the directive opening) is a paragraph
 * holding the part's text, marked with the part so the window can find it again, then its end.
 * An end ("./.") is a text node of its own, so the hint can show just before it. Pure.
 */

const ELEMENT = { direction: null, format: '', indent: 0 } as const;

function textNode(text: string, end = false): SerializedBodyNode {
  return { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1, ...(end ? { $: { templateEnd: true } } : {}) };
}

function paragraph(children: SerializedBodyNode[], mark?: TemplateMark): SerializedBodyNode {
  const marked = mark && Object.keys(mark).length > 0 ? { $: { template: mark } } : {};
  return { children, ...ELEMENT, textFormat: 0, textStyle: '', type: 'paragraph', version: 1, ...marked };
}

function heading(text: string): SerializedBodyNode {
  return { children: text ? [textNode(text)] : [], ...ELEMENT, tag: 'h2', type: 'heading', version: 1 };
}

/** One skeleton block as a body block. */
export function skeletonBlock(block: GeneratedBlock): SerializedBodyNode {
  switch (block.kind) {
    case 'heading':
      return heading(block.text);
    case 'paragraph':
      return paragraph(block.text ? [textNode(block.text)] : []);
    case 'placeholder': {
      const end = block.end ? [textNode(block.end, true)] : [];
      return paragraph(end, { ...(block.text ? { hint: block.text } : {}), ...(block.end ? { end: block.end } : {}) });
    }
    case 'generated': {
      const children = [...(block.text ? [textNode(block.text)] : []), ...(block.end ? [textNode(block.end, true)] : [])];
      const hint = block.hint ? { hint: block.hint, base: block.text } : {};
      return paragraph(children, { part: block.part, ...hint, ...(block.end ? { end: block.end } : {}) });
    }
  }
}

export function skeletonBody(skeleton: readonly GeneratedBlock[]): ArticleBody {
  const children = skeleton.map(skeletonBlock);
  return {
    root: { type: 'root', version: 1, children: children.length > 0 ? children : [paragraph([])], ...ELEMENT },
  };
}
