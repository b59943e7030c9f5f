/** schema.org JSON-LD for a record: an Event with its attendees and its programme. */
import type { MeetingRecord } from '../types.js';

/**
 * The meeting as a schema.org Event: attendees as Person with jobTitle (and nationality), the
 * programme as sub-events, the topics as what it is about. Only facts the record holds.
 */
export function meetingJsonLd(record: MeetingRecord, url: string, description: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: record.title,
    url,
    inLanguage: record.lang,
    ...(description ? { description } : {}),
    ...(record.date ? { startDate: record.date } : {}),
    attendee: record.participants.map((p) => ({
      '@type': 'Person',
      name: p.name,
      ...(p.role ? { jobTitle: p.role } : {}),
      ...(p.country ? { nationality: { '@type': 'Country', name: p.country } } : {}),
    })),
    ...(record.topics.length > 0 ? { about: record.topics.map((t) => ({ '@type': 'Thing', name: t.text })) } : {}),
    ...(record.agenda.length > 0 ? { subEvent: record.agenda.map((a) => ({ '@type': 'Event', name: a.text })) } : {}),
  };
}

/** JSON for a `<script type="application/ld+json">` block: `<` escaped so no tag can close it. */
export function jsonForScript(value: object): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
