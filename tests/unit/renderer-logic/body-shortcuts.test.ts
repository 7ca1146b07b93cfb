import { describe, expect, it } from 'vitest';
import type { KeyLike } from '../../../renderer/src/editor/shortcut-letter';
import { bodyShortcut } from '../../../renderer/src/editor/body-shortcuts';

const key = (k: Partial<KeyLike>): KeyLike => ({ key: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...k });

describe('bodyShortcut', () => {
  it('maps Ctrl+Z, Ctrl+Y, Shift+Ctrl+Z and Ctrl+K on Windows and Linux', () => {
    expect(bodyShortcut(key({ key: 'z', ctrlKey: true }), false)).toBe('undo');
    expect(bodyShortcut(key({ key: 'y', ctrlKey: true }), false)).toBe('redo');
    expect(bodyShortcut(key({ key: 'Z', ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(bodyShortcut(key({ key: 'k', ctrlKey: true }), false)).toBe('link');
  });

  it('uses Cmd on macOS, where Ctrl+Z is not undo', () => {
    expect(bodyShortcut(key({ key: 'z', metaKey: true }), true)).toBe('undo');
    expect(bodyShortcut(key({ key: 'z', metaKey: true, shiftKey: true }), true)).toBe('redo');
    expect(bodyShortcut(key({ key: 'z', ctrlKey: true }), true)).toBeNull();
    expect(bodyShortcut(key({ key: 'z', metaKey: true }), false)).toBeNull();
  });

  it('leaves letters, other chords and Alt combinations alone', () => {
    expect(bodyShortcut(key({ key: 'z' }), false)).toBeNull();
    expect(bodyShortcut(key({ key: 'ệ' }), false)).toBeNull();
    expect(bodyShortcut(key({ key: 'b', ctrlKey: true }), false)).toBeNull();
    expect(bodyShortcut(key({ key: 'z', ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(bodyShortcut(key({ key: 'K', ctrlKey: true, shiftKey: true }), false)).toBeNull();
  });

  it('moves to the start or end of the article by Ctrl+Home/End, Cmd+Up/Down on macOS; Shift selects', () => {
    expect(bodyShortcut(key({ key: 'Home', ctrlKey: true }), false)).toBe('start');
    expect(bodyShortcut(key({ key: 'End', ctrlKey: true }), false)).toBe('end');
    expect(bodyShortcut(key({ key: 'End', ctrlKey: true, shiftKey: true }), false)).toBe('selectToEnd');
    expect(bodyShortcut(key({ key: 'Home', ctrlKey: true, shiftKey: true }), false)).toBe('selectToStart');
    expect(bodyShortcut(key({ key: 'ArrowDown', metaKey: true }), true)).toBe('end');
    expect(bodyShortcut(key({ key: 'ArrowUp', metaKey: true, shiftKey: true }), true)).toBe('selectToStart');
    // Plain Home/End and Ctrl+arrows stay the browser's: line and word moves.
    expect(bodyShortcut(key({ key: 'End' }), false)).toBeNull();
    expect(bodyShortcut(key({ key: 'ArrowDown', ctrlKey: true }), false)).toBeNull();
    expect(bodyShortcut(key({ key: 'End', metaKey: true }), true)).toBeNull();
  });

  it('reads the physical key when the layout gives another character', () => {
    expect(bodyShortcut(key({ key: 'я', code: 'KeyZ', ctrlKey: true }), false)).toBe('undo');
  });
});
