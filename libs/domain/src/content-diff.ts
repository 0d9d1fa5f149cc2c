import { type Change, diffLines, diffWords } from 'diff';
import type { FieldDiff } from './api-types';
import {
  ARTICLE_CONTENT_FIELDS,
  fieldState,
  NONEABLE_FIELDS,
  type ArticleContent,
  type ContactOverride,
  type NoneableField,
} from './article';
import { BscResolutionLabels, LinkKindLabels } from './labels';
import { toPlainText } from './tiptap-plain-text';

/** How a diff shows an optional field its author stated to be "none". */
export const STATED_NONE_DE = 'keine (ausdrücklich angegeben)';

// A diff of two very different long texts can take seconds; past this budget the field is
// shown as replaced as a whole, which is what a reviewer would make of it anyway.
const DIFF_TIMEOUT_MS = 500;

type ContentField = (typeof ARTICLE_CONTENT_FIELDS)[number];
interface Rendering {
  mode: 'words' | 'lines';
  text: string;
}

/**
 * Field-by-field diff of two article contents in display order. Texts and the body (as plain
 * text) are diffed by words; keywords, documents, links and the contact override by lines,
 * one entry per line. `changed` is true when the stored values differ, even if only in
 * formatting or whitespace that the readable parts do not show. `documentNames` maps
 * document ids to catalogue names (ids are shown otherwise). `from` null means a new article:
 * every filled field is shown as added.
 */
export function diffContents(
  from: ArticleContent | null,
  to: ArticleContent,
  documentNames: Readonly<Record<string, string>> = {},
): FieldDiff[] {
  if (from === null) return newContent(to, documentNames);
  return ARTICLE_CONTENT_FIELDS.map((field) => {
    const before = render(field, from, documentNames);
    const after = render(field, to, documentNames);
    return {
      field,
      changed: canonicalJson(from[field]) !== canonicalJson(to[field]) || noneness(from, field) !== noneness(to, field),
      parts: diffParts(before, after),
    };
  });
}

/**
 * A new article has nothing to compare with: every field that holds something is shown as
 * added (`changed`), an empty one as unchanged without parts, so a reviewer reads the whole
 * content, in display order.
 */
function newContent(to: ArticleContent, names: Readonly<Record<string, string>>): FieldDiff[] {
  return ARTICLE_CONTENT_FIELDS.map((field) => {
    const { text } = render(field, to, names);
    return { field, changed: text.trim() !== '', parts: text.trim() === '' ? [] : [{ value: text, added: true }] };
  });
}

function isNoneable(field: ContentField): field is NoneableField {
  return (NONEABLE_FIELDS as readonly string[]).includes(field);
}

function noneness(content: ArticleContent, field: ContentField): boolean {
  return isNoneable(field) && fieldState(content, field) === 'none';
}

function render(field: ContentField, content: ArticleContent, names: Readonly<Record<string, string>>): Rendering {
  if (noneness(content, field)) return field === 'documents' || field === 'links' ? lines([STATED_NONE_DE]) : words(STATED_NONE_DE);
  switch (field) {
    case 'body':
      return words(toPlainText(content.body));
    case 'keywords':
      return lines(content.keywords);
    case 'documents':
      return lines(
        content.documents.map(({ documentId, note }) => {
          const name = Object.hasOwn(names, documentId) ? names[documentId] : documentId;
          return note ? `${name} – ${note}` : name;
        }),
      );
    case 'links':
      return lines(content.links.map((link) => `${link.label} (${LinkKindLabels[link.kind]}): ${link.url}`));
    case 'contactOverride':
      return lines(contactLines(content.contactOverride));
    case 'bscResolution':
      return words(BscResolutionLabels[content.bscResolution]);
    case 'leikaKey':
      return words(content.leikaKey ?? '');
    default:
      return words(content[field]);
  }
}

function contactLines(contact: ContactOverride | null): string[] {
  if (!contact) return [];
  const labelled: [string, string | undefined][] = [
    ['Telefon', contact.phone],
    ['E-Mail', contact.email],
    ['Raum', contact.room],
    ['Hinweis', contact.note],
  ];
  return labelled.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`);
}

function words(text: string): Rendering {
  return { mode: 'words', text };
}

// Every line ends with "\n" so that a change in the last entry is not mistaken for a new line.
function lines(entries: readonly string[]): Rendering {
  return { mode: 'lines', text: entries.map((entry) => `${entry.replace(/\n/g, ' ')}\n`).join('') };
}

function diffParts(before: Rendering, after: Rendering): FieldDiff['parts'] {
  if (before.text === after.text) return before.text === '' ? [] : [{ value: before.text }];
  const options = { timeout: DIFF_TIMEOUT_MS };
  const changes: Change[] | undefined =
    before.mode === 'lines' ? diffLines(before.text, after.text, options) : diffWords(before.text, after.text, options);
  if (!changes) return replaced(before.text, after.text);
  return changes.map(({ value, added, removed }) => ({
    value,
    ...(added ? { added } : {}),
    ...(removed ? { removed } : {}),
  }));
}

function replaced(before: string, after: string): FieldDiff['parts'] {
  const parts: FieldDiff['parts'] = [];
  if (before) parts.push({ value: before, removed: true });
  if (after) parts.push({ value: after, added: true });
  return parts;
}

/** JSON with object keys sorted, so that equal values compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return inner;
    const source = inner as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(source)
        .sort()
        .map((key) => [key, source[key]]),
    );
  });
}
