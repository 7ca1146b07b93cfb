import { DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import type { JSX } from 'react';
import type { FigureProps } from '../../../../shared/article/body-nodes';
import { FigureView } from './FigureView';
import { captionLetters } from '../../../../shared/article/caption-runs';

export type { FigureProps };

export type SerializedFigureNode = Spread<FigureProps, SerializedLexicalNode>;

/**
 * A photo with its caption, alt text and credit: a top-level block of the body, selected,
 * deleted, copied and undone as one piece. Its properties are the registry's (shared
 * body-nodes.ts); the photo itself stays in the main process and is shown through the media route.
 */
export class FigureNode extends DecoratorNode<JSX.Element> {
  __props: FigureProps;

  static override getType(): string {
    return 'figure';
  }

  static override clone(node: FigureNode): FigureNode {
    return new FigureNode(node.__props, node.__key);
  }

  /** The body was checked against the registry's figure schema when the draft was read. */
  static override importJSON(json: SerializedLexicalNode): FigureNode {
    const { media, width, height, alt, caption, credit, size } = json as unknown as FigureProps;
    return $createFigureNode({ media, width, height, alt, caption, credit, size });
  }

  constructor(props: FigureProps, key?: NodeKey) {
    super(key);
    this.__props = props;
  }

  override exportJSON(): SerializedFigureNode {
    return { ...this.getLatest().__props, type: 'figure', version: 1 };
  }

  getProps(): FigureProps {
    return this.getLatest().__props;
  }

  setProps(patch: Partial<FigureProps>): void {
    const writable = this.getWritable();
    writable.__props = { ...writable.__props, ...patch };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'st-figure-block';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  /** The caption is the figure's text: find, the word count and the export read it. */
  override getTextContent(): string {
    return captionLetters(this.__props.caption);
  }

  override decorate(): JSX.Element {
    return <FigureView nodeKey={this.__key} props={this.__props} />;
  }
}

export function $createFigureNode(props: FigureProps): FigureNode {
  return new FigureNode(props);
}

export function $isFigureNode(node: LexicalNode | null | undefined): node is FigureNode {
  return node instanceof FigureNode;
}
