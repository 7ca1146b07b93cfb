import type { DraftTemplate } from './draft-template';
import { fingerprint, openingState, partState, type PartState } from './fingerprint';
import type { WrittenParts } from './template-article';

/** The parts a template writes that the officer can also edit by hand. */
export const TEMPLATE_TEXT_PARTS = ['title', 'sapo', 'attendees', 'directiveOpening'] as const;
export type TemplateTextPart = (typeof TEMPLATE_TEXT_PARTS)[number];

/**
 * What the draft holds now in each part: the title, the sapô, the attendee paragraph's text and
 * the directive paragraph's text (both without their end mark). Null for a body part whose
 * paragraph the officer has deleted.
 */
export type CurrentParts = Record<TemplateTextPart, string | null>;

export interface PartStatus {
  /** 'generated': still what the template last wrote; 'edited': changed by hand; 'gone': its paragraph was deleted. */
  state: PartState | 'gone';
  /** What the template writes for it now, from the current fields. */
  template: string;
}

/** Each part's state against the fingerprint of what the template last wrote into it. */
export function partStatuses(record: DraftTemplate, current: CurrentParts, written: WrittenParts): Record<TemplateTextPart, PartStatus> {
  const status = (part: TemplateTextPart): PartStatus => {
    const text = current[part];
    const fp = record.fingerprints[part];
    if (text === null) return { state: 'gone', template: written[part] };
    // The directive paragraph goes on with what the officer types after the opening.
    const state = part === 'directiveOpening' ? openingState(fp, text) : partState(fp, text);
    return { state, template: written[part] };
  };
  return { title: status('title'), sapo: status('sapo'), attendees: status('attendees'), directiveOpening: status('directiveOpening') };
}

export interface TemplateUpdate {
  /** The parts to rewrite, with their new text: those the officer has not touched and whose text changes. */
  rewrite: Partial<Record<TemplateTextPart, string>>;
  /** The record to keep: the new fields, and new fingerprints for the parts rewritten. */
  record: DraftTemplate;
}

/**
 * The fields changed: every part still as the template wrote it follows them; a part edited by
 * hand is kept as it is (its old fingerprint stays, so it stays marked as edited).
 */
export function planTemplateUpdate(record: DraftTemplate, fields: DraftTemplate['fields'], current: CurrentParts, written: WrittenParts): TemplateUpdate {
  const statuses = partStatuses(record, current, written);
  const rewrite: Partial<Record<TemplateTextPart, string>> = {};
  const fingerprints = { ...record.fingerprints, captions: written.captions.map(fingerprint) };
  for (const part of TEMPLATE_TEXT_PARTS) {
    if (statuses[part].state !== 'generated') continue;
    fingerprints[part] = fingerprint(written[part]);
    if (fingerprints[part] !== record.fingerprints[part]) rewrite[part] = written[part];
  }
  return { rewrite, record: { ...record, fields, fingerprints } };
}

/** "Lấy bản của mẫu" on one part: the template's text goes in, and the part counts as generated again. */
export function takeTemplateVersion(record: DraftTemplate, part: TemplateTextPart, written: WrittenParts): DraftTemplate {
  return { ...record, fingerprints: { ...record.fingerprints, [part]: fingerprint(written[part]) } };
}

/**
 * How much of the directive paragraph is the opening the template wrote: as long as it was, then
 * to the end of the word there, so taking the template's version back never cuts the officer's
 * word in two. (What the officer typed after the opening stays.)
 */
export function openingLength(record: DraftTemplate, paragraphText: string): number {
  const length = Number(record.fingerprints.directiveOpening.split(':')[1]) || 0;
  let end = Math.min(length, paragraphText.length);
  if (end > 0 && /\s/u.test(paragraphText[end - 1])) return end;
  while (end < paragraphText.length && !/\s/u.test(paragraphText[end])) end++;
  return Math.min(paragraphText.length, end + (/\s/u.test(paragraphText[end] ?? '') ? 1 : 0));
}
