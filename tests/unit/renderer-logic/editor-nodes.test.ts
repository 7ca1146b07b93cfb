import { describe, expect, it } from 'vitest';
import { BODY_NODE_TYPES } from '../../../shared/article/body-nodes';
import { BODY_NODES, NODE_CLASSES } from '../../../renderer/src/editor/editor-nodes';

describe('the editor’s node classes', () => {
  it('give each registry type the class whose serialized type it is', () => {
    for (const type of BODY_NODE_TYPES) {
      const klass = NODE_CLASSES[type];
      if (klass !== 'built-in') expect(klass.getType()).toBe(type);
    }
    // The registry's classes and the editor's place-holder for a pasted picture on its way.
    expect(BODY_NODES).toHaveLength(Object.values(NODE_CLASSES).filter((k) => k !== 'built-in').length + 1);
  });
});
