import { canonicalJson, DomainError, normalizeStatedNone, validateTiptapDoc, type ArticleContent } from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import { queryOne } from '../database/typed-rows';
import type { ArticleContentDto } from './dto/article-content.dto';

/**
 * Checks what class-validator cannot: the body against the editor schema, and that every
 * referenced catalogue document exists. Returns the normalised content to store.
 */
export async function validateArticleContent(manager: EntityManager, dto: ArticleContentDto): Promise<ArticleContent> {
  const body = validateTiptapDoc(dto.body);
  await assertDocumentsExist(manager, dto);
  const content: ArticleContent = {
    title: dto.title.trim(),
    keywords: [...new Set(dto.keywords.map((k) => k.trim()).filter(Boolean))],
    shortAnswer: dto.shortAnswer,
    body,
    documents: dto.documents.map((d) => (d.note ? { documentId: d.documentId, note: d.note } : { documentId: d.documentId })),
    prerequisites: dto.prerequisites,
    fees: dto.fees,
    procedure: dto.procedure,
    processingTime: dto.processingTime,
    deadlines: dto.deadlines,
    links: dto.links.map((l) => ({ label: l.label, url: l.url.trim(), kind: l.kind })),
    legalBasis: dto.legalBasis,
    contactOverride: dto.contactOverride ? { ...dto.contactOverride } : null,
    leikaKey: dto.leikaKey ?? null,
    bscResolution: dto.bscResolution,
  };
  // Stored only when something is stated, so content without any "none" stays as it always was.
  const statedNone = normalizeStatedNone(content, dto.statedNone);
  return statedNone.length > 0 ? { ...content, statedNone } : content;
}

/** Every catalogue document the content references must exist (restore checks old versions with it). */
export async function assertDocumentsExist(manager: EntityManager, content: Pick<ArticleContent, 'documents'>): Promise<void> {
  const documentIds = [...new Set(content.documents.map((d) => d.documentId))];
  if (documentIds.length === 0) return;
  const { n } = await queryOne(manager, { n: 'int' }, `SELECT count(*)::int AS n FROM documents WHERE id = ANY($1::uuid[])`, [documentIds]);
  if (n !== documentIds.length) throw new DomainError('DOCUMENT_NOT_FOUND');
}

/** Stable comparison of two contents (autosave of identical content is a no-op). */
export function sameContent(a: ArticleContent, b: ArticleContent): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
