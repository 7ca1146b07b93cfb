import type { MentionForm } from '../../../../shared/directory/mention-text';

const KEY = 'soantin.mentionForm';

/** The form the officer last chose in the "@" picker (full title chain unless they chose otherwise). */
export function rememberedMentionForm(): MentionForm {
  try {
    return localStorage.getItem(KEY) === 'short' ? 'short' : 'full';
  } catch {
    return 'full';
  }
}

export function rememberMentionForm(form: MentionForm): void {
  try {
    localStorage.setItem(KEY, form);
  } catch {
    // A page without storage forgets the choice at the next start; the picker still works.
  }
}

export const otherForm = (form: MentionForm): MentionForm => (form === 'full' ? 'short' : 'full');
