import { createHash } from 'node:crypto';
import {
  ArticleLimits,
  CatalogueLimits,
  emptyArticleContent,
  htmlToPlainText,
  htmlToTiptap,
  isSafeLinkHref,
  type ArticleContent,
  type ArticleLink,
  type LinkKind,
} from '@bsc/domain';
import type { DldbLink, DldbLocation, DldbService } from './dldb-format';

/** A department as the catalogue describes it; `code` is the stable key of re-runs. */
export interface ImportedDepartment {
  code: string;
  name: string;
  phone: string;
  email: string;
  address: string;
  appointmentUrl: string | null;
}

/** The fields of an article the catalogue owns; everything else stays as the authors left it. */
export type CatalogueFields = Pick<ArticleContent, 'title' | 'keywords' | 'shortAnswer' | 'body' | 'fees' | 'links' | 'leikaKey'>;

/** One service mapped to an article. */
export interface ImportedArticle {
  externalRef: string;
  /** The first office the locations file knows, else the authority. */
  departmentCode: string;
  /** Every office of the service the locations file knows, in the catalogue's order (first = departmentCode). */
  locationCodes: string[];
  fields: CatalogueFields;
  /** The catalogue's last change of the service (ISO), shown as "laut Quelle aktualisiert am …". */
  sourceUpdatedAt: string | null;
}

const SHORT_ANSWER_TARGET = 300;
const MIN_PARAGRAPH_WORDS = 6;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** The external reference that identifies a service on every re-run. */
export function dldbExternalRef(serviceId: string): string {
  return `dldb:${serviceId}`;
}

/** A location becomes a department: organisation unit and name, address, phone, e-mail, booking link. */
export function mapLocation(location: DldbLocation): ImportedDepartment {
  const name = location.organizationUnit ? `${location.name} – ${location.organizationUnit}` : location.name;
  const street = [location.street, location.houseNumber].filter(Boolean).join(' ');
  const town = [location.postalCode, location.city].filter(Boolean).join(' ');
  const url = location.url?.replaceAll('{locationId}', location.id) ?? null;
  return {
    code: departmentCode(location.id),
    name: limit(name, CatalogueLimits.nameMax),
    phone: limit(location.phone, CatalogueLimits.phoneMax),
    email: limit(location.email, CatalogueLimits.emailMax),
    address: limit([street, town].filter(Boolean).join(', '), CatalogueLimits.addressMax),
    appointmentUrl: url && isWebUrl(url) ? url : null,
  };
}

/** Why a service without a known location and without a named authority is not imported. */
export const NO_RESPONSIBLE_OFFICE =
  'Keine zuständige Stelle: weder ein Standort der Standortdatei noch eine Behörde mit Namen. / No responsible office: neither a known location nor a named authority.';

/** The department of services without a known location: their authority (which must have a name). */
export function mapAuthority(authority: { id: string; name: string }): ImportedDepartment {
  if (!authority.name.trim()) throw new Error(NO_RESPONSIBLE_OFFICE);
  return {
    code: departmentCode(`A${authority.id}`),
    name: limit(authority.name, CatalogueLimits.nameMax),
    phone: '',
    email: '',
    address: '',
    appointmentUrl: null,
  };
}

/**
 * Maps a service: name → title, description HTML → Tiptap body (and its first sentences as
 * the short answer), fees, forms and links, LeiKa key, meta keywords → keywords. The
 * department is the first listed location that the locations file knows (all of them are kept,
 * in order, as the service's offices), else the authority;
 * a service with neither is refused (no department is invented for it).
 */
export function mapService(service: DldbService, knownLocations: ReadonlySet<string>): ImportedArticle {
  const locationIds = [...new Set(service.locationIds.filter((id) => knownLocations.has(id)))];
  const locationId = locationIds[0];
  if (!locationId && !service.authority?.name.trim()) throw new Error(NO_RESPONSIBLE_OFFICE);
  const department = locationId ? departmentCode(locationId) : mapAuthority(service.authority ?? { id: '0', name: '' }).code;
  return {
    externalRef: dldbExternalRef(service.id),
    departmentCode: department,
    locationCodes: locationIds.map(departmentCode),
    sourceUpdatedAt: service.lastUpdate,
    fields: {
      title: limit(service.name, ArticleLimits.titleMax),
      keywords: mapKeywords(service.keywords),
      shortAnswer: shortAnswerOf(service.description),
      body: htmlToTiptap(service.description),
      fees: plainLines(service.fees).join('\n').slice(0, ArticleLimits.textFieldMax),
      links: mapLinks(service),
      leikaKey: service.leika && ArticleLimits.leikaKeyPattern.test(service.leika) ? service.leika : null,
    },
  };
}

/** The catalogue's fields on top of what the article holds (or a new article's defaults). */
export function mergeCatalogueFields(current: ArticleContent | null, fields: CatalogueFields): ArticleContent {
  return { ...(current ?? emptyArticleContent()), ...fields };
}

/** Comma- or semicolon-separated keywords, de-duplicated ignoring case, within the limits. */
export function mapKeywords(keywords: string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of keywords.split(/[,;\n]/)) {
    const keyword = raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
    const key = keyword.toLocaleLowerCase('de-DE');
    if (!keyword || keyword.length > ArticleLimits.keywordMax || seen.has(key)) continue;
    seen.add(key);
    result.push(keyword);
  }
  return result.slice(0, ArticleLimits.keywordsMax);
}

/**
 * The first real paragraph of the description (not a heading such as "Gewerbemeldungen"), cut
 * after the last sentence that fits.
 */
export function shortAnswerOf(descriptionHtml: string): string {
  const lines = plainLines(descriptionHtml);
  const paragraph = lines.find((line) => line.split(' ').length >= MIN_PARAGRAPH_WORDS) ?? lines[0] ?? '';
  if (paragraph.length <= SHORT_ANSWER_TARGET) return paragraph;
  const cut = paragraph.slice(0, SHORT_ANSWER_TARGET);
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  return sentenceEnd > 40 ? cut.slice(0, sentenceEnd + 1) : `${cut.slice(0, cut.lastIndexOf(' ')).trimEnd()} …`;
}

/** Forms, then information links, then the booking link; unsafe and duplicate URLs are dropped. */
export function mapLinks(service: DldbService): ArticleLink[] {
  const candidates: { link: DldbLink; kind: LinkKind }[] = [
    ...service.forms.map((link) => ({ link, kind: 'form' as const })),
    ...service.links.map((link) => ({ link, kind: 'info' as const })),
  ];
  if (service.appointmentUrl) {
    candidates.push({
      link: { name: 'Termin vereinbaren', link: service.appointmentUrl.replaceAll('{serviceId}', service.id) },
      kind: 'appointment',
    });
  }
  const seen = new Set<string>();
  const links: ArticleLink[] = [];
  for (const { link, kind } of candidates) {
    if (!isWebUrl(link.link) || link.link.length > ArticleLimits.urlMax || seen.has(link.link)) continue;
    seen.add(link.link);
    links.push({ label: limit(link.name || new URL(link.link).hostname, ArticleLimits.linkLabelMax), url: link.link, kind });
  }
  return links.slice(0, ArticleLimits.linksMax);
}

/** `DLDB-<id>` when that is a valid department code, else a short hash of the id. */
export function departmentCode(id: string): string {
  const plain = `DLDB-${id.toUpperCase().replace(/[^A-Z0-9-]/g, '-')}`;
  if (CatalogueLimits.codePattern.test(plain)) return plain;
  return `DLDB-${createHash('sha256').update(id).digest('hex').slice(0, 15).toUpperCase()}`;
}

/** Non-empty lines of the HTML's plain text, whitespace collapsed. */
function plainLines(html: string): string[] {
  return htmlToPlainText(html)
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

function isWebUrl(url: string): boolean {
  if (!isSafeLinkHref(url) || !/^https?:/i.test(url)) return false;
  try {
    return new URL(url).hostname.length > 0;
  } catch {
    return false;
  }
}

function limit(text: string, max: number): string {
  const clean = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
