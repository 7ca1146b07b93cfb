import { describe, expect, it } from 'vitest';
import { decideClose } from '../../../electron/close-decision';

describe('decideClose', () => {
  it('closes a window without unsaved work', () => {
    expect(decideClose({ dirty: false, forced: false })).toBe('close');
  });
  it('asks the page when there is unsaved work', () => {
    expect(decideClose({ dirty: true, forced: false })).toBe('ask-page');
  });
  it('closes without asking again once the page has asked the user', () => {
    expect(decideClose({ dirty: true, forced: true })).toBe('close');
  });
});
