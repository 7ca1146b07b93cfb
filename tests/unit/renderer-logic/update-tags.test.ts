import { HISTORY_MERGE_TAG } from 'lexical';
import { describe, expect, it } from 'vitest';
import { isContentEdit, NOT_AN_EDIT_TAG } from '../../../renderer/src/editor/update-tags';

const update = (over: Partial<Parameters<typeof isContentEdit>[0]> = {}) => ({
  dirtyNodes: 1,
  tags: new Set<string>(),
  fromEmpty: false,
  unchanged: false,
  ...over,
});

describe('which editor updates are edits of the article', () => {
  it('counts a text change, even one merged into the previous undo step (Unikey’s replacement, the NFC pass)', () => {
    expect(isContentEdit(update())).toBe(true);
    expect(isContentEdit(update({ tags: new Set([HISTORY_MERGE_TAG]) }))).toBe(true);
  });

  it('does not count the passes made while the body loads, a selection move or the first load', () => {
    expect(isContentEdit(update({ tags: new Set([HISTORY_MERGE_TAG, NOT_AN_EDIT_TAG]) }))).toBe(false);
    expect(isContentEdit(update({ dirtyNodes: 0 }))).toBe(false);
    expect(isContentEdit(update({ fromEmpty: true }))).toBe(false);
    expect(isContentEdit(update({ unchanged: true }))).toBe(false);
  });
});
