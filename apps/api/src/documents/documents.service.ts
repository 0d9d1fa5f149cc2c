import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, type DocumentView } from '@bsc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { queryRows } from '../database/typed-rows';
import type { Actor } from '../common/auth/actor';
import { enqueueReindex, refreshSearchBody } from '../search/search-outbox';
import { SearchIndexerService } from '../search/search-indexer.service';
import { CatalogueDocument } from './document.entity';
import type { DocumentDto } from './dto/document.dto';

// Articles whose published version, open draft or any earlier version references the document:
// a version that names a deleted document could be restored but never published again.
const USERS_OF_DOCUMENT = `
  SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM article_documents ad WHERE ad.article_id = a.id AND ad.document_id = $1)
  UNION SELECT dr.article_id FROM article_drafts dr WHERE dr.content->'documents' @> jsonb_build_array(jsonb_build_object('documentId', $1::text))
  UNION SELECT v.article_id FROM article_versions v WHERE v.content->'documents' @> jsonb_build_array(jsonb_build_object('documentId', $1::text))`;

// Current titles (the draft's if there is one) of the articles that keep a document from deletion.
const TITLES_OF_ARTICLES = `
  SELECT coalesce(dr.content->>'title', v.content->>'title', '') AS title
    FROM articles a
    LEFT JOIN article_drafts dr ON dr.article_id = a.id
    LEFT JOIN article_versions v ON v.article_id = a.id AND v.number = a.published_version
   WHERE a.id = ANY($1::uuid[])
   ORDER BY title`;

/** The catalogue of documents citizens bring; editing one re-indexes every article using it. */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly indexer: SearchIndexerService,
  ) {}

  async list(): Promise<DocumentView[]> {
    const rows = await queryRows(
      this.dataSource,
      { id: 'text', name: 'text', description: 'text', usage_count: 'int' },
      // The same notion of "in use" as the delete check: versions and open drafts.
      `SELECT d.id, d.name, d.description,
              (SELECT count(*)::int FROM (${USERS_OF_DOCUMENT.replaceAll('$1', 'd.id')}) AS users) AS usage_count
         FROM documents d ORDER BY d.name`,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, description: r.description, usageCount: r.usage_count }));
  }

  async get(id: string): Promise<DocumentView> {
    const found = (await this.list()).find((d) => d.id === id);
    if (!found) throw new DomainError('DOCUMENT_NOT_FOUND');
    return found;
  }

  async create(actor: Actor, dto: DocumentDto): Promise<DocumentView> {
    const id = await this.dataSource.transaction(async (m) => {
      const saved = await m.save(m.create(CatalogueDocument, { name: dto.name.trim(), description: dto.description }));
      await this.audit.append(m, actor, {
        action: 'document.created',
        subjectType: 'document',
        subjectId: saved.id,
        details: { name: saved.name },
      });
      return saved.id;
    });
    return this.get(id);
  }

  async update(actor: Actor, id: string, dto: DocumentDto): Promise<DocumentView> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.lock(m, id);
      await m.update(CatalogueDocument, { id }, { name: dto.name.trim(), description: dto.description });
      const users = await this.usersOf(m, id);
      await refreshSearchBody(m, users);
      await enqueueReindex(m, users);
      await this.audit.append(m, actor, {
        action: 'document.updated',
        subjectType: 'document',
        subjectId: id,
        details: { before: before.name, after: dto.name, reindexedArticles: users.length },
      });
    });
    this.indexer.kick();
    return this.get(id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const document = await this.lock(m, id);
      const users = await this.usersOf(m, id);
      if (users.length > 0) {
        // The admin needs to know which articles to edit first, not only how many there are.
        const titles = await queryRows(m, { title: 'text' }, TITLES_OF_ARTICLES, [users]);
        throw new DomainError('DOCUMENT_IN_USE', undefined, { articles: users.length, articleTitles: titles.map((row) => row.title) });
      }
      await m.delete(CatalogueDocument, { id });
      await this.audit.append(m, actor, {
        action: 'document.deleted',
        subjectType: 'document',
        subjectId: id,
        details: { name: document.name },
      });
    });
  }

  private async lock(m: EntityManager, id: string): Promise<CatalogueDocument> {
    const document = await m.findOne(CatalogueDocument, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!document) throw new DomainError('DOCUMENT_NOT_FOUND');
    return document;
  }

  private async usersOf(m: EntityManager, id: string): Promise<string[]> {
    return (await queryRows(m, { id: 'text' }, USERS_OF_DOCUMENT, [id])).map((r) => r.id);
  }
}
