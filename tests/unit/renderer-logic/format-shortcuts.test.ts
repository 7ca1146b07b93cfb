import { describe, expect, it } from 'vitest';
import { bodyShortcut } from '../../../renderer/src/editor/body-shortcuts';
import { findShortcut } from '../../../renderer/src/editor/find/find-shortcuts';

const key = (k: string, code: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('format and find shortcuts, as in Word', () => {
  it('Ctrl+= subscript, Ctrl+Shift+= superscript, Ctrl+Shift+X strikethrough; ⌘ on macOS', () => {
    expect(bodyShortcut(key('=', 'Equal', { ctrlKey: true }), false)).toBe('subscript');
    expect(bodyShortcut(key('+', 'Equal', { ctrlKey: true, shiftKey: true }), false)).toBe('superscript');
    expect(bodyShortcut(key('X', 'KeyX', { ctrlKey: true, shiftKey: true }), false)).toBe('strikethrough');
    expect(bodyShortcut(key('=', 'Equal', { metaKey: true }), true)).toBe('subscript');
    expect(bodyShortcut(key('=', 'Equal', { ctrlKey: true }), true)).toBeNull();
    // Ctrl+X alone is still cut.
    expect(bodyShortcut(key('x', 'KeyX', { ctrlKey: true }), false)).toBeNull();
  });

  it('Ctrl+F finds, Ctrl+H replaces (⌘⌥F on macOS, where ⌘H hides the app), F3 and Shift+F3 step', () => {
    expect(findShortcut(key('f', 'KeyF', { ctrlKey: true }), false)).toBe('find');
    expect(findShortcut(key('h', 'KeyH', { ctrlKey: true }), false)).toBe('replace');
    expect(findShortcut(key('h', 'KeyH', { metaKey: true }), true)).toBeNull();
    expect(findShortcut(key('ƒ', 'KeyF', { metaKey: true, altKey: true }), true)).toBe('replace');
    expect(findShortcut(key('F3', 'F3'), false)).toBe('next');
    expect(findShortcut(key('F3', 'F3', { shiftKey: true }), false)).toBe('previous');
    expect(findShortcut(key('g', 'KeyG', { metaKey: true, shiftKey: true }), true)).toBe('previous');
    // A Vietnamese layout gives another character: the physical key counts.
    expect(findShortcut(key('đ', 'KeyF', { ctrlKey: true }), false)).toBe('find');
  });
});
