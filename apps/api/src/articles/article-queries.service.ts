import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  computeFreshness,
  diffContents,
  DomainError,
  type ArticleContent,
  type ArticleDetail,
  type ArticleSummary,
  type ArticleVersionView,
  type DepartmentView,
  type DraftView,
  type FieldDiff,
  type PublishedArticleView,
} from '@bsc/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { actsForDepartment, type Actor } from '../common/auth/actor';
import { queryRows } from '../database/typed-rows';
import { ArticleDraft } from './article-draft.entity';
import { ArticleVersion } from './article-version.entity';
import { Department } from '../departments/department.entity';
import { readDepartment, toDepartmentView } from '../departments/department-view';
import { CatalogueDocument } from '../documents/document.entity';
import { readArticleRows, reviewInterval, toDraftView, toSummary, type ArticleRow } from './article-read-model';
import type { ListArticlesQueryDto } from './dto/article-requests.dto';

/** Read side of articles: lists, details, the agent's published view, versions and diffs. */
@Injectable()
export class ArticleQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, query: ListArticlesQueryDto): Promise<ArticleSummary[]> {
    const departmentIds = scopeOf(actor, query.departmentId);
    const rows = await readArticleRows(this.dataSource.manager, { departmentIds, q: query.q });
    const now = new Date();
    const summaries = rows.map((r) => toSummary(r, now));
    return query.status ? summaries.filter((s) => s.status === query.status) : summaries;
  }

  async reviewQueue(actor: Actor): Promise<ArticleSummary[]> {
    const rows = await readArticleRows(this.dataSource.manager, { departmentIds: scopeOf(actor), draftStates: ['in_review'] });
    const now = new Date();
    return rows.map((r) => toSummary(r, now));
  }

  async detail(actor: Actor, id: string): Promise<ArticleDetail> {
    const row = await this.row(this.dataSource.manager, id);
    if (!actsForDepartment(actor, row.department_id)) throw new DomainError('DEPARTMENT_FORBIDDEN');
    const published = row.published_version ? await this.published(id, { includeArchived: true }) : null;
    return { ...toSummary(row, new Date()), draft: toDraftView(row), published, reviewIntervalDays: reviewInterval(row) };
  }

  async draftView(manager: EntityManager, id: string): Promise<DraftView | null> {
    return toDraftView(await this.row(manager, id));
  }

  /** What agents see; archived, unpublished and expired articles are not found. */
  async published(id: string, options: { includeArchived?: boolean } = {}): Promise<PublishedArticleView> {
    const row = await this.row(this.dataSource.manager, id);
    const now = new Date();
    const expired = row.valid_until !== null && row.valid_until <= now;
    if (row.published_version === null || (!options.includeArchived && (row.archived || expired)))
      throw new DomainError('ARTICLE_NOT_FOUND');
    const version = await this.dataSource.manager.findOneByOrFail(ArticleVersion, { articleId: id, number: row.published_version });
    const department = await readDepartment(this.dataSource.manager, row.department_id);
    const freshness = computeFreshness({ lastVerifiedAt: row.last_verified_at, reviewIntervalDays: reviewInterval(row), now });
    return {
      id,
      kind: row.kind,
      externalRef: row.external_ref,
      version: version.number,
      publishedAt: (row.published_at ?? version.createdAt).toISOString(),
      content: version.content,
      documents: await this.resolveDocuments(version.content),
      department: department ?? failNotFound(),
      locations: await this.locations(id),
      freshness: {
        state: freshness.state,
        lastVerifiedAt: row.last_verified_at.toISOString(),
        nextReviewAt: freshness.nextReviewAt.toISOString(),
        source: row.source_unverified ? { updatedAt: row.source_updated_at?.toISOString() ?? null } : null,
      },
      validUntil: row.valid_until?.toISOString() ?? null,
      openFlags: row.open_flags,
    };
  }

  async versions(actor: Actor, id: string): Promise<ArticleVersionView[]> {
    await this.assertScope(actor, id);
    const versions = await this.dataSource.manager.find(ArticleVersion, { where: { articleId: id }, order: { number: 'DESC' } });
    return versions.map(toVersionView);
  }

  async version(actor: Actor, id: string, number: number): Promise<ArticleVersionView> {
    await this.assertScope(actor, id);
    const version = await this.dataSource.manager.findOneBy(ArticleVersion, { articleId: id, number });
    if (!version) throw new DomainError('VERSION_NOT_FOUND');
    return toVersionView(version);
  }

  /**
   * Per-field diff; `from` defaults to the published version, or to nothing (`none`) for an
   * article never published, so that every field of a new article shows as added; `to`
   * defaults to the draft. `rejected` is the content of the draft's last rejection.
   */
  async diff(actor: Actor, id: string, from?: string, to?: string): Promise<FieldDiff[]> {
    const row = await this.assertScope(actor, id);
    const fromRef = from ?? (row.published_version ? String(row.published_version) : 'none');
    const [a, b] = await Promise.all([fromRef === 'none' ? null : this.contentAt(row, fromRef), this.contentAt(row, to ?? 'draft')]);
    return diffContents(a, b, await this.documentNames(a ? [a, b] : [b]));
  }

  private async contentAt(row: ArticleRow, ref: string): Promise<ArticleContent> {
    if (ref === 'draft') {
      if (!row.draft_content) throw new DomainError('NO_OPEN_DRAFT');
      return row.draft_content;
    }
    if (ref === 'rejected') {
      const draft = await this.dataSource.manager.findOne(ArticleDraft, {
        where: { articleId: row.id },
        select: { articleId: true, rejectedContent: true },
      });
      if (!draft?.rejectedContent) throw new DomainError('VERSION_NOT_FOUND', 'Es gibt keinen abgelehnten Stand dieses Entwurfs.');
      return draft.rejectedContent;
    }
    const version = await this.dataSource.manager.findOneBy(ArticleVersion, { articleId: row.id, number: Number(ref) });
    if (!version) throw new DomainError('VERSION_NOT_FOUND');
    return version.content;
  }

  /** The catalogue's offices of the service, in its order. */
  private async locations(id: string): Promise<DepartmentView[]> {
    const ids = await queryRows(
      this.dataSource.manager,
      { department_id: 'text' },
      `SELECT department_id FROM article_locations WHERE article_id = $1 ORDER BY position`,
      [id],
    );
    if (ids.length === 0) return [];
    const departments = await this.dataSource.manager.findBy(Department, { id: In(ids.map((row) => row.department_id)) });
    const byId = new Map(departments.map((d) => [d.id, toDepartmentView(d)]));
    return ids.flatMap((row) => byId.get(row.department_id) ?? []);
  }

  private async resolveDocuments(content: ArticleContent): Promise<PublishedArticleView['documents']> {
    const ids = content.documents.map((d) => d.documentId);
    if (ids.length === 0) return [];
    const docs = await this.dataSource.manager.findBy(CatalogueDocument, { id: In(ids) });
    const byId = new Map(docs.map((d) => [d.id, d]));
    return content.documents.flatMap((d) => {
      const doc = byId.get(d.documentId);
      return doc ? [{ documentId: d.documentId, name: doc.name, description: doc.description, note: d.note }] : [];
    });
  }

  private async documentNames(contents: ArticleContent[]): Promise<Record<string, string>> {
    const ids = [...new Set(contents.flatMap((c) => c.documents.map((d) => d.documentId)))];
    if (ids.length === 0) return {};
    const docs = await this.dataSource.manager.findBy(CatalogueDocument, { id: In(ids) });
    return Object.fromEntries(docs.map((d) => [d.id, d.name]));
  }

  private async assertScope(actor: Actor, id: string): Promise<ArticleRow> {
    const row = await this.row(this.dataSource.manager, id);
    if (!actsForDepartment(actor, row.department_id)) throw new DomainError('DEPARTMENT_FORBIDDEN');
    return row;
  }

  private async row(manager: EntityManager, id: string): Promise<ArticleRow> {
    const [row] = await readArticleRows(manager, { departmentIds: null, ids: [id] });
    if (!row) throw new DomainError('ARTICLE_NOT_FOUND');
    return row;
  }
}

function scopeOf(actor: Actor, departmentId?: string): string[] | null {
  if (actor.roles.includes('admin')) return departmentId ? [departmentId] : null;
  return departmentId ? actor.departmentIds.filter((d) => d === departmentId) : actor.departmentIds;
}

function toVersionView(v: ArticleVersion): ArticleVersionView {
  return {
    number: v.number,
    content: v.content,
    authorIds: v.authorIds,
    approvedBy: v.approvedBy,
    changeNote: v.changeNote,
    createdAt: v.createdAt.toISOString(),
  };
}

function failNotFound(): never {
  throw new DomainError('DEPARTMENT_NOT_FOUND');
}
