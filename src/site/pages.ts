/** Records → the list of pages (path, type, body), rendered once; serving and export share it. */
import { recordIndexJson, recordJson } from './api.js';
import type { Asset } from './assets.js';
import { createRenderer, type Render } from './render.js';
import { documentTitle } from './document-title.js';
import { fingerprint } from './assets.js';
import { PageMap } from './page-map.js';
import { buildSearchIndex } from './search.js';
import { clampQuery, resultsHtml, searchTitle } from './search-core.js';
import { jsonForScript, meetingJsonLd } from './structured-data.js';
import { frenchTypography, frenchTypographyHtml } from './typography.js';
import {
  API_INDEX_URL, RECORDS_URL, apiRecordUrl, kindOfParagraph, paragraphHref, recordUrl, sectionUrl, sourceUrl,
} from './urls.js';
import { SECTION_INFO } from '../record/index.js';
import type { MeetingRecord, Page, Paragraph, Section, TextPage } from '../types.js';

export const HTML = 'text/html; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';

/** The site: every page by path, plus the error pages and the search page. */
export interface Site {
  readonly records: readonly MeetingRecord[];
  /** Every page by path, rendered on first use (see page-map.ts). */
  readonly pages: PageMap;
  readonly notFound: TextPage;
  readonly badRequest: TextPage;
  readonly methodNotAllowed: TextPage;
  readonly serverError: TextPage;
  /** The search page for a query, rendered on demand (the only page that depends on a request). */
  readonly searchPage: (query: string) => string;
}

export interface SiteOptions {
  /** Absolute origin of canonical and sharing URLs, e.g. `https://cr.exemple.fr`. */
  readonly baseUrl: string;
  /** The files of public/, fingerprinted (see assets.ts). */
  readonly assets: readonly Asset[];
}

export const SEARCH_URL = '/recherche';
/** Pages whose content depends on the query string: served from memory only without one. */
export const QUERY_DEPENDENT_PAGES: ReadonlySet<string> = new Set([SEARCH_URL]);

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

/** Builds every page of the site from the records. */
export function buildSite(records: readonly MeetingRecord[], options: SiteOptions, render: Render = createRenderer()): Site {
  const pages = new PageMap();
  for (const a of options.assets) pages.add(a.url, () => ({ path: a.url, contentType: a.contentType, body: a.body, cache: 'immutable' }));
  const assetUrls = new Map(options.assets.map((a) => [a.name, a.url]));
  /** The fingerprinted URL of a file of public/; a missing one is a bug, caught at start-up. */
  const asset = (name: string): string => {
    const url = assetUrls.get(name);
    if (!url) throw new Error(`Fichier public/${name} introuvable`);
    return url;
  };
  // A paragraph's markup is the same on the record page and its section page: rendered once.
  const shownParagraphs = new WeakMap<Paragraph, Partial<Record<'div' | 'li', string>>>();
  const paragraph = (p: Paragraph, asItem = false): string => {
    const tag = asItem ? 'li' : 'div';
    const shown = shownParagraphs.get(p) ?? {};
    shownParagraphs.set(p, shown);
    return (shown[tag] ??= render('partials/paragraph', { p, tag, t: frenchTypography, th: frenchTypographyHtml }));
  };
  const common = (path: string): Record<string, unknown> => ({
    asset,
    paragraph,
    path,
    canonical: path,
    baseUrl: options.baseUrl,
    description: '',
    breadcrumbs: [],
    jsonLd: null,
    query: '',
    scripts: [],
    t: frenchTypography,
    th: frenchTypographyHtml,
    documentTitle,
  });
  const html = (path: string, view: string, data: () => Record<string, unknown>): void => {
    pages.add(path, () => ({ path, contentType: HTML, body: render(view, { ...common(path), ...data() }) }));
  };
  const json = (path: string, value: () => object): void => {
    pages.add(path, () => ({ path, contentType: JSON_TYPE, body: `${JSON.stringify(value(), null, 2)}\n` }));
  };

  html(RECORDS_URL, 'records', () => ({ records: records.map(summary), pageTitle: 'Comptes rendus', canonical: RECORDS_URL }));
  const [only] = records;
  if (records.length === 1 && only) html('/', 'record', () => ({ ...recordView(only, options.baseUrl), canonical: recordUrl(only.slug) }));
  else html('/', 'records', () => ({ records: records.map(summary), pageTitle: 'Comptes rendus', canonical: '/' }));
  json(API_INDEX_URL, () => recordIndexJson(records));

  for (const record of records) {
    html(recordUrl(record.slug), 'record', () => recordView(record, options.baseUrl));
    record.sections.forEach((section, i) => {
      html(sectionUrl(record.slug, section.kind), 'section', () => sectionView(record, section, record.sections[i - 1], record.sections[i + 1]));
    });
    html(sourceUrl(record.slug), 'source', () => sourceView(record));
    json(apiRecordUrl(record.slug), () => recordJson(record));
  }

  const errorPage = (status: number, pageTitle: string): TextPage => ({
    path: '',
    contentType: HTML,
    status,
    body: render('error', { ...common(''), canonical: '', status, pageTitle }),
  });
  const index = buildSearchIndex(records);
  // The prebuilt index, for the search page of a static export (searched in the browser).
  const searchIndexAsset = fingerprint('search-index.json', Buffer.from(index.json()));
  pages.add(searchIndexAsset.url, () => ({ path: searchIndexAsset.url, contentType: searchIndexAsset.contentType, body: searchIndexAsset.body, cache: 'immutable' }));
  const searchPage = (query: string): string => {
    const q = clampQuery(query);
    return render('search', {
      ...common(SEARCH_URL),
      canonical: SEARCH_URL,
      pageTitle: searchTitle(q),
      description: 'Rechercher dans le texte des comptes rendus.',
      query: q,
      indexUrl: searchIndexAsset.url,
      results: resultsHtml(q, index.search(q)),
      scripts: [asset('search.js')],
    });
  };
  // Without a query, the search page is a page like the others (and the export's search page).
  pages.add(SEARCH_URL, () => ({ path: SEARCH_URL, contentType: HTML, body: searchPage('') }));
  return {
    records,
    pages,
    notFound: errorPage(404, 'Page introuvable'),
    badRequest: errorPage(400, 'Requête invalide'),
    methodNotAllowed: errorPage(405, 'Méthode non autorisée'),
    serverError: errorPage(500, 'Erreur du serveur'),
    searchPage,
  };
}

function summary(record: MeetingRecord): Record<string, unknown> {
  return {
    title: record.title,
    url: recordUrl(record.slug),
    date: formatDate(record.date),
    participants: record.participants.map((p) => p.name),
    sections: record.sections.map((s) => s.title),
    paragraphs: record.paragraphs.length,
  };
}

function formatDate(date: string | null): string | null {
  if (!date) return null;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : dateFormat.format(parsed);
}

/** What a page needs to show some of a record's sections. */
function sectionsView(record: MeetingRecord, sections: readonly Section[]) {
  const shown = new Set(sections.flatMap((s) => s.paragraphs));
  const byN = new Map(record.paragraphs.map((p) => [p.n, p]));
  return {
    record,
    date: formatDate(record.date),
    // Only a real date goes into a datetime attribute.
    isoDate: record.date && /^\d{4}-\d{2}-\d{2}$/u.test(record.date) ? record.date : null,
    href: (n: number) => paragraphHref(record, n, shown),
    sections: sections.map((section) => ({
      ...section,
      url: sectionUrl(record.slug, section.kind),
      anchor: `section-${section.id}`,
      blocks: blocksOf(section, byN),
    })),
  };
}

/** Groups a section's paragraphs into prose and runs of list items, so items render as one list. */
function blocksOf(section: Section, byN: ReadonlyMap<number, Paragraph>): { list: boolean; paragraphs: Paragraph[] }[] {
  const blocks: { list: boolean; paragraphs: Paragraph[] }[] = [];
  for (const n of section.paragraphs) {
    const paragraph = byN.get(n);
    if (!paragraph) continue;
    const list = section.items.includes(n);
    const last = blocks.at(-1);
    if (last && last.list && list && last.paragraphs.at(-1)!.n === n - 1) last.paragraphs.push(paragraph);
    else blocks.push({ list, paragraphs: [paragraph] });
  }
  return blocks;
}

function recordView(record: MeetingRecord, baseUrl: string): Record<string, unknown> {
  const description = firstSentence(record.paragraphs[0]?.plain ?? '');
  return {
    ...sectionsView(record, record.sections),
    pageTitle: record.title,
    description,
    jsonLd: jsonForScript(meetingJsonLd(record, `${baseUrl}${recordUrl(record.slug)}`, description)),
    canonical: recordUrl(record.slug),
    sourceUrl: sourceUrl(record.slug),
    apiUrl: apiRecordUrl(record.slug),
    toc: record.sections.map((s) => ({ title: s.title, anchor: `section-${s.id}`, url: sectionUrl(record.slug, s.kind), count: s.paragraphs.length })),
    breadcrumbs: [{ label: 'Comptes rendus', href: RECORDS_URL }],
  };
}

function sectionView(record: MeetingRecord, section: Section, previous: Section | undefined, next: Section | undefined): Record<string, unknown> {
  const link = (s: Section | undefined) => (s ? { title: s.title, url: sectionUrl(record.slug, s.kind) } : null);
  const first = record.paragraphs.find((p) => p.n === section.paragraphs[0]);
  return {
    ...sectionsView(record, [section]),
    pageTitle: `${section.title} — ${record.title}`,
    description: firstSentence(first?.plain ?? ''),
    canonical: sectionUrl(record.slug, section.kind),
    recordUrl: recordUrl(record.slug),
    previous: link(previous),
    next: link(next),
    breadcrumbs: [{ label: 'Comptes rendus', href: RECORDS_URL }, { label: record.title, href: recordUrl(record.slug) }],
  };
}

function sourceView(record: MeetingRecord): Record<string, unknown> {
  return {
    record,
    pageTitle: `Texte source — ${record.title}`,
    description: `Le texte original de « ${record.title} », paragraphe par paragraphe.`,
    canonical: sourceUrl(record.slug),
    recordUrl: recordUrl(record.slug),
    rows: record.paragraphs.map((p) => {
      const kind = kindOfParagraph(record, p.n);
      return { paragraph: p, sectionTitle: SECTION_INFO[kind].title, sectionHref: `${sectionUrl(record.slug, kind)}#${p.id}` };
    }),
    breadcrumbs: [{ label: 'Comptes rendus', href: RECORDS_URL }, { label: record.title, href: recordUrl(record.slug) }],
  };
}

/** The first sentence of a text, cut at a word past 160 characters, for a page description. */
function firstSentence(text: string): string {
  const sentence = (/^.*?[.!?](?=\s|$)/su.exec(text)?.[0] ?? text).replace(/\s+/gu, ' ').trim();
  return sentence.length <= 160 ? sentence : `${sentence.slice(0, 160).replace(/\s+\S*$/u, '')}…`;
}
