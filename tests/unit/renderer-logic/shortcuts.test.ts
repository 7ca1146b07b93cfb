import { describe, expect, it } from 'vitest';
import { shortcutCommand, type KeyLike } from '../../../renderer/src/app/shortcuts';

const key = (k: Partial<KeyLike>): KeyLike => ({ key: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...k });

describe('shortcutCommand', () => {
  it('maps Ctrl and Cmd with N, O, S and Shift+S', () => {
    expect(shortcutCommand(key({ key: 'n', ctrlKey: true }))).toBe('new');
    expect(shortcutCommand(key({ key: 'o', metaKey: true }))).toBe('open');
    expect(shortcutCommand(key({ key: 's', ctrlKey: true }))).toBe('save');
    expect(shortcutCommand(key({ key: 'S', ctrlKey: true, shiftKey: true }))).toBe('saveAs');
  });

  it('ignores plain typing and other chords', () => {
    expect(shortcutCommand(key({ key: 's' }))).toBeNull();
    expect(shortcutCommand(key({ key: 'b', ctrlKey: true }))).toBeNull();
    expect(shortcutCommand(key({ key: 'n', ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(shortcutCommand(key({ key: 's', ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('uses the physical key when the layout gives another character', () => {
    expect(shortcutCommand(key({ key: 'Dead', code: 'KeyS', ctrlKey: true }))).toBe('save');
    expect(shortcutCommand(key({ key: 'ы', code: 'KeyS', ctrlKey: true }))).toBe('save');
  });
});
