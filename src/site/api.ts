/** The JSON documents of the API: the same data the pages show. */
import { apiRecordUrl, recordUrl, sectionUrl } from './urls.js';
import type { MeetingRecord } from '../types.js';

/** `GET /api/records`. */
export function recordIndexJson(records: readonly MeetingRecord[]): object {
  return {
    records: records.map((r) => ({ slug: r.slug, title: r.title, url: recordUrl(r.slug), apiUrl: apiRecordUrl(r.slug) })),
  };
}

/** `GET /api/records/<slug>`: text is the source paragraph; url fields are the HTML pages. */
export function recordJson(record: MeetingRecord) {
  return {
    slug: record.slug,
    title: record.title,
    lang: record.lang,
    url: recordUrl(record.slug),
    apiUrl: apiRecordUrl(record.slug),
    file: record.file,
    ...(record.date === null ? {} : { date: record.date }),
    ...(record.source === null ? {} : { source: record.source }),
    paragraphs: record.paragraphs.map((p, i) => ({ n: p.n, id: p.id, text: p.text, rule: record.decisions[i]?.rule ?? null })),
    sections: record.sections.map((s) => ({ kind: s.kind, id: s.id, title: s.title, url: sectionUrl(record.slug, s.kind), paragraphs: s.paragraphs })),
    participants: record.participants,
    topics: record.topics.map((t) => t.text),
    invitation: record.invitation,
    agenda: record.agenda.map((a) => a.text),
  };
}

