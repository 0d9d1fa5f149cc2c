import type { TiptapDoc } from './tiptap';

/** What an article describes: a service (Leistung), an FAQ entry or a notice. */
export const ARTICLE_KINDS = ['service', 'faq', 'notice'] as const;
/** Kind of an article. */
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Whether the BSC can finish the concern at the counter. */
export const BSC_RESOLUTIONS = ['complete', 'partial', 'referral'] as const;
/** Can the BSC finish it: completely, partially, or only refer the citizen. */
export type BscResolution = (typeof BSC_RESOLUTIONS)[number];

/** Kinds of links an article offers to the citizen. */
export const LINK_KINDS = ['online_service', 'form', 'appointment', 'info'] as const;
/** Kind of a link. */
export type LinkKind = (typeof LINK_KINDS)[number];

/** A required document of an article: a catalogue entry plus an article-specific note. */
export interface RequiredDocument {
  documentId: string;
  note?: string;
}

/** A form, online service or information link. */
export interface ArticleLink {
  label: string;
  url: string;
  kind: LinkKind;
}

/** Contact details that override the department's for one article. */
export interface ContactOverride {
  phone?: string;
  email?: string;
  room?: string;
  note?: string;
}

/**
 * The structured content of an article (FIM "Musterleistungsformular" fields).
 * A draft is a mutable copy of it; a version is an immutable snapshot of it.
 */
export interface ArticleContent {
  title: string;
  keywords: string[];
  shortAnswer: string;
  body: TiptapDoc;
  documents: RequiredDocument[];
  prerequisites: string;
  fees: string;
  procedure: string;
  processingTime: string;
  deadlines: string;
  links: ArticleLink[];
  legalBasis: string;
  contactOverride: ContactOverride | null;
  leikaKey: string | null;
  bscResolution: BscResolution;
  /**
   * Optional fields the author stated to be "none" (no documents, no fee, …). An empty field
   * that is not listed is "not provided" (nicht hinterlegt): nobody said there is none. Only
   * empty fields may be listed. Absent in content stored before issue 14 (read as []).
   */
  statedNone?: NoneableField[];
}

/** Optional fields whose emptiness can mean "none" (stated) or "not provided" (unknown). */
export const NONEABLE_FIELDS = [
  'documents',
  'fees',
  'prerequisites',
  'procedure',
  'processingTime',
  'deadlines',
  'links',
  'legalBasis',
] as const;
/** A field that can be stated to be "none". */
export type NoneableField = (typeof NONEABLE_FIELDS)[number];

/** What an optional field says: something, explicitly nothing, or nothing known. */
export type FieldState = 'filled' | 'none' | 'not_provided';

/** Whether an optional field holds content (whitespace alone is nothing). */
export function isFieldFilled(content: ArticleContent, field: NoneableField): boolean {
  const value = content[field];
  return typeof value === 'string' ? value.trim() !== '' : value.length > 0;
}

/** The state of an optional field: content wins over a stale "none"; empty and not stated = not provided. */
export function fieldState(content: ArticleContent, field: NoneableField): FieldState {
  if (isFieldFilled(content, field)) return 'filled';
  return (content.statedNone ?? []).includes(field) ? 'none' : 'not_provided';
}

/** The statedNone a content may store: known fields, each once, only empty ones, in field order. */
export function normalizeStatedNone(content: ArticleContent, statedNone: readonly string[] | undefined): NoneableField[] {
  const stated = new Set(statedNone ?? []);
  return NONEABLE_FIELDS.filter((field) => stated.has(field) && !isFieldFilled(content, field));
}

/** Content fields in display order, used by diffs and the editor. */
export const ARTICLE_CONTENT_FIELDS = [
  'title',
  'keywords',
  'shortAnswer',
  'body',
  'documents',
  'prerequisites',
  'fees',
  'procedure',
  'processingTime',
  'deadlines',
  'links',
  'legalBasis',
  'contactOverride',
  'leikaKey',
  'bscResolution',
] as const satisfies readonly (keyof ArticleContent)[];
