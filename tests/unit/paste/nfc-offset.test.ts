import { describe, expect, it } from 'vitest';
import { nfcOffset } from '../../../shared/paste/nfc-offset';

describe('nfcOffset', () => {
  it('keeps the caret after the same letters once composed', () => {
    const nfd = 'Việt Nam'.normalize('NFD'); // V i e ̣ ̂ t …
    const afterViet = nfd.indexOf(' ');
    expect(nfcOffset(nfd, afterViet)).toBe(4);
    expect(nfcOffset(nfd, nfd.length)).toBe('Việt Nam'.length);
    expect(nfcOffset(nfd, 0)).toBe(0);
  });

  it('moves a caret inside a decomposed letter to after the composed letter', () => {
    const nfd = 'ệ'.normalize('NFD');
    expect(nfd.length).toBe(3);
    expect(nfcOffset(nfd, 1)).toBe(1);
    expect(nfcOffset(nfd, 2)).toBe(1);
  });

  it('handles Unikey "Unicode tổ hợp" (base letter with a combining tone mark)', () => {
    const tohop = 'Tha\u0300nh'; // "Thành" as Unikey's composite setting writes it
    expect(tohop.normalize('NFC')).toBe('Thành');
    expect(nfcOffset(tohop, 4)).toBe(3);
    expect(nfcOffset(tohop, 5)).toBe(4);
  });
});
