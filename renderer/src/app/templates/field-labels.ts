import type { Messages } from '../../../../shared/i18n/catalog';

/** The names of the standard template fields in the window's language (a template's own label wins over these). */
export function standardFieldLabels(t: Messages['templates']): Record<string, string> {
  return {
    session: t.fieldSession,
    date: t.fieldDate,
    place: t.fieldPlace,
    host: t.fieldHost,
    counterpart: t.fieldCounterpart,
    topic: t.fieldTopic,
    attendees: t.fieldAttendees,
    directive: t.fieldDirective,
  };
}
