import { formatPerson } from './format-person';
import type { PersonLike } from './person-schema';

/** How the "@" picker writes a person: "bà Lê Thị Thủy - Ủy viên … - Chủ tịch HĐND tỉnh" or "Bí thư Tỉnh ủy Lê Thị Thủy". */
export type MentionForm = 'full' | 'short';
export const MENTION_FORMS: readonly MentionForm[] = ['full', 'short'];

/** Whether text typed after this starts a sentence: nothing before it, or a full stop, "!", "?", ":" or "…" and spaces. */
export function startsSentence(textBefore: string): boolean {
  const before = textBefore.replace(/[\s“"‘'(«]+$/u, '');
  return before === '' || /[.!?…:]$/u.test(before);
}

/** The person as the "@" picker writes them where the "@" stood; a sentence's first letter is a capital. */
export function mentionText(person: PersonLike, form: MentionForm, textBefore: string): string {
  const text = formatPerson(person, form);
  if (!startsSentence(textBefore) || text === '') return text;
  return text[0].toLocaleUpperCase('vi') + text.slice(1);
}
