// Plain-text checklist an agent pastes into an e-mail or chat to the citizen.
import { describeOpeningHours, fieldState, type PublishedArticleView } from '@bsc/domain';
import { safeHref } from '../../ui/rich-text/safe-href';
import { effectiveContact } from './contact';
import { answerMessages as m } from './messages';

function section(title: string, lines: string[]): string[] {
  return lines.length > 0 ? ['', `${title}:`, ...lines] : [];
}

function textSection(title: string, text: string): string[] {
  return section(title, text.trim() ? [text.trim()] : []);
}

// Never "keine Unterlagen" unless the author said so: an empty list may just be unknown.
function documentLines(article: PublishedArticleView): string[] {
  if (article.documents.length === 0) {
    return [fieldState(article.content, 'documents') === 'none' ? m.noDocuments : m.documentsNotProvided];
  }
  return article.documents.map((doc) => `${m.checklistBox} ${doc.name}${doc.note?.trim() ? ` – ${doc.note.trim()}` : ''}`);
}

function feeLines(article: PublishedArticleView): string[] {
  const state = fieldState(article.content, 'fees');
  return [state === 'filled' ? article.content.fees.trim() : state === 'none' ? m.feesNone : m.notProvided];
}

function officeLines(article: PublishedArticleView): string[] {
  const contact = effectiveContact(article);
  return [
    contact.departmentName,
    contact.address,
    contact.room && `${m.room} ${contact.room}`,
    contact.phone && `${m.phone}: ${contact.phone}`,
    contact.email && `${m.email}: ${contact.email}`,
  ].filter((line) => line);
}

function hoursLines(article: PublishedArticleView): string[] {
  const lines = describeOpeningHours(article.department.openingHours);
  return lines.length > 0 ? lines : [m.notProvided];
}

function linkLines(article: PublishedArticleView): string[] {
  return article.content.links
    .map((link) => ({ label: link.label, href: safeHref(link.url) }))
    .filter((link) => link.href)
    .map((link) => `${link.label}: ${link.href}`);
}

/** The checklist as plain text: title, documents with boxes, fees, deadlines, office, links. */
export function buildChecklistText(article: PublishedArticleView): string {
  const { content } = article;
  return [
    content.title,
    ...(content.shortAnswer.trim() ? ['', content.shortAnswer.trim()] : []),
    ...section(m.documents, documentLines(article)),
    ...section(m.fees, feeLines(article)),
    ...textSection(m.deadlines, content.deadlines),
    ...section(m.responsible, officeLines(article)),
    ...section(m.openingHours, hoursLines(article)),
    ...section(m.links, linkLines(article)),
  ].join('\n');
}
