import type { CDPSession } from '@playwright/test';

/**
 * Real key events through CDP Input.dispatchKeyEvent, one keyDown + keyUp per character,
 * for every character alike. Playwright's keyboard.type sends characters outside the US
 * layout (ư, ệ, đ…) with Input.insertText, which fires no keydown: a Vietnamese typist's
 * keyboard (a Vietnamese layout, or Unikey committing each letter) does produce one, and the
 * editor's keydown handlers are part of what a keystroke costs. A keyDown carrying `text`
 * makes Chromium fire keydown, keypress, beforeinput and input, as a physical key does.
 */

interface KeyCode {
  code: string;
  keyCode: number;
}

const PUNCTUATION: Record<string, KeyCode> = {
  ' ': { code: 'Space', keyCode: 32 },
  ',': { code: 'Comma', keyCode: 188 },
  '.': { code: 'Period', keyCode: 190 },
  ';': { code: 'Semicolon', keyCode: 186 },
  '-': { code: 'Minus', keyCode: 189 },
  '/': { code: 'Slash', keyCode: 191 },
};

/** The physical key for ASCII letters, digits and common punctuation; none for other letters. */
export function keyCodeOf(char: string): KeyCode {
  if (/^[a-z]$/i.test(char)) return { code: `Key${char.toUpperCase()}`, keyCode: char.toUpperCase().charCodeAt(0) };
  if (/^[0-9]$/.test(char)) return { code: `Digit${char}`, keyCode: char.charCodeAt(0) };
  return PUNCTUATION[char] ?? { code: '', keyCode: 0 };
}

export async function pressCharacter(cdp: CDPSession, char: string): Promise<void> {
  const { code, keyCode } = keyCodeOf(char);
  const common = { key: char, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: char, unmodifiedText: char, ...common });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
}

/** What is typed: the directive paragraph of the reference article, cut to `length` characters. */
export function typingText(length: number): string {
  const source =
    'Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy đề nghị Ban Chấp hành, BTV Thị ủy Duy Tiên cần tập trung ' +
    'đánh giá, làm rõ những kết quả đã đạt được, sớm khắc phục tồn tại, hạn chế; tập trung thực hiện tốt công tác xây ' +
    'dựng Đảng và lãnh đạo, chỉ đạo hiệu quả các khâu đột phá, nhiệm vụ trọng tâm trong phát triển kinh tế xã hội, ' +
    'đảm bảo thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ thị xã lần thứ XXIV. ';
  let text = '';
  while ([...text].length < length) text += source;
  return [...text.normalize('NFC')].slice(0, length).join('');
}
