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
