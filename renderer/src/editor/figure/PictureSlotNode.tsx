import { DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { JSX } from 'react';
import { useMessages } from '../../i18n';

/**
 * Where a picture of a paste will stand while the main process brings it in: a block of its own,
 * replaced by the figure when the photo is ready and removed if it cannot be. It keeps the place
 * even when the officer goes on typing above it. A draft saved meanwhile keeps an empty line there
 * (its JSON is an empty paragraph's), never a half-made figure.
 */
export class PictureSlotNode extends DecoratorNode<JSX.Element> {
  __slot: string;

  static override getType(): string {
    return 'picture-slot';
  }

  static override clone(node: PictureSlotNode): PictureSlotNode {
    return new PictureSlotNode(node.__slot, node.__key);
  }

  static override importJSON(): PictureSlotNode {
    return new PictureSlotNode('');
  }

  constructor(slot: string, key?: NodeKey) {
    super(key);
    this.__slot = slot;
  }

  getSlot(): string {
    return this.getLatest().__slot;
  }

  override exportJSON(): SerializedLexicalNode {
    return { type: 'paragraph', version: 1, children: [], direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' } as SerializedLexicalNode;
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'st-picture-slot';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): JSX.Element {
    return <PictureSlotView />;
  }
}

function PictureSlotView(): JSX.Element {
  const t = useMessages().editor;
  return (
    <p className="st-picture-slot-text" role="status" data-testid="picture-slot">
      {t.pictureArriving}
    </p>
  );
}

export function $createPictureSlotNode(slot: string): PictureSlotNode {
  return new PictureSlotNode(slot);
}

export function $isPictureSlotNode(node: LexicalNode | null | undefined): node is PictureSlotNode {
  return node instanceof PictureSlotNode;
}
