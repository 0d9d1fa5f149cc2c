// Plain-text rendering of article content, field by field: what the conflict dialog compares
// and what "Meine Fassung kopieren" puts on the clipboard.
import { ARTICLE_CONTENT_FIELDS, fieldState, NONEABLE_FIELDS, STATED_NONE_DE, type ArticleContent, type NoneableField } from '@bsc/domain';
import { tiptapToPlainText } from '../../ui/rich-text/plain-text';
import { articleMessages } from '../articles/messages';

/** Resolves a catalogue document id to its name. */
export type DocumentNamer = (documentId: string) => string;

/** One field of the content as plain text. */
export function fieldText(content: ArticleContent, field: keyof ArticleContent, documentName: DocumentNamer): string {
  if ((NONEABLE_FIELDS as readonly string[]).includes(field) && fieldState(content, field as NoneableField) === 'none')
    return STATED_NONE_DE;
  switch (field) {
    case 'keywords':
      return content.keywords.join(', ');
    case 'body':
      return tiptapToPlainText(content.body);
    case 'documents':
      return content.documents.map((doc) => `${documentName(doc.documentId)}${doc.note ? ` – ${doc.note}` : ''}`).join('\n');
    case 'links':
      return content.links.map((link) => `${link.label}: ${link.url} (${articleMessages.linkKind[link.kind]})`).join('\n');
    case 'contactOverride': {
      const contact = content.contactOverride;
      return contact ? [contact.phone, contact.email, contact.room, contact.note].filter(Boolean).join('\n') : '';
    }
    case 'leikaKey':
      return content.leikaKey ?? '';
    case 'bscResolution':
      return articleMessages.bscResolution[content.bscResolution];
    case 'statedNone':
      return (content.statedNone ?? []).map((f) => articleMessages.field[f]).join(', ');
    default:
      return content[field];
  }
}

/** Fields whose text differs between two contents, in display order. */
export function differingFields(mine: ArticleContent, theirs: ArticleContent, documentName: DocumentNamer): (keyof ArticleContent)[] {
  return ARTICLE_CONTENT_FIELDS.filter((field) => fieldText(mine, field, documentName) !== fieldText(theirs, field, documentName));
}

/** The whole content as labelled plain text, empty fields left out. */
export function contentToText(content: ArticleContent, documentName: DocumentNamer): string {
  return ARTICLE_CONTENT_FIELDS.map((field) => ({ field, text: fieldText(content, field, documentName).trim() }))
    .filter((entry) => entry.text)
    .map((entry) => `${articleMessages.field[entry.field]}:\n${entry.text}`)
    .join('\n\n');
}
