import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { SearchIndexerService } from '../search/search-indexer.service';
import { parseDldbLocations, parseDldbServices, type DldbLocation, type DldbService } from './dldb-format';
import { mapAuthority, mapLocation, mapService, type ImportedArticle, type ImportedDepartment } from './dldb-mapping';
import { ensureImportActor } from './import-actor';
import { planArticle } from './import-plan';
import type { ImportSummary, SkippedEntry } from './import-summary';
import {
  createImportedArticle,
  readExistingArticles,
  recordCatalogueFacts,
  updateImportedArticle,
  type AppliedPlan,
} from './imported-articles.store';
import { upsertDepartments } from './imported-departments.store';

// Two imports at once would race for the same external references.
const IMPORT_LOCK = 7346002;

/** Parsed JSON of the export files. */
export interface DldbImportInput {
  services: unknown;
  locations?: unknown;
}

/** Options of a run. */
export interface DldbImportOptions {
  /** Publish directly (as the import user) instead of leaving drafts for review. */
  publish: boolean;
  onProgress?: (done: number, total: number) => void;
}

interface Mapped {
  service: DldbService;
  article: ImportedArticle;
}

/** Imports a DLDB export: departments from locations, one article per service; idempotent. */
@Injectable()
export class DldbImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly indexer: SearchIndexerService,
  ) {}

  async run(input: DldbImportInput, options: DldbImportOptions): Promise<ImportSummary> {
    const started = performance.now();
    const services = parseDldbServices(input.services);
    const locations = input.locations === undefined ? [] : parseDldbLocations(input.locations).entries;
    const skipped: SkippedEntry[] = services.invalid.map((e) => ({ ref: `Eintrag ${e.index + 1}`, title: '', reason: e.reason }));
    const { mapped, failures } = mapServices(services.entries, locations);
    skipped.push(...failures);
    const summary = await this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`);
      const actor = await ensureImportActor(m, this.audit);
      const departments = await upsertDepartments(m, this.audit, actor, departmentsFor(mapped, locations));
      const articles = await this.writeArticles(m, actor, mapped, departments.idsByCode, options, skipped);
      const result: ImportSummary = { departments: departments.counts, articles, skipped, publish: options.publish, durationMs: 0 };
      await this.audit.append(m, actor, {
        action: 'import.completed',
        subjectType: 'import',
        subjectId: null,
        details: auditDetails(result, services.entries.length),
      });
      return result;
    });
    this.indexer.kick();
    return { ...summary, durationMs: Math.round(performance.now() - started) };
  }

  private async writeArticles(
    m: EntityManager,
    actor: Actor,
    mapped: Mapped[],
    departmentIds: Map<string, string>,
    options: DldbImportOptions,
    skipped: SkippedEntry[],
  ) {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const existing = await readExistingArticles(
      m,
      mapped.map((x) => x.article.externalRef),
    );
    for (const [index, { service, article }] of mapped.entries()) {
      const current = existing.get(article.externalRef) ?? null;
      const departmentId = departmentIds.get(article.departmentCode) ?? '';
      const plan = planArticle(current, article.fields, { publish: options.publish, importUserId: actor.id });
      const write = { externalRef: article.externalRef, departmentId, importUserId: actor.id, publish: options.publish };
      const facts = {
        locationIds: article.locationCodes.map((code) => departmentIds.get(code)).filter((id): id is string => id !== undefined),
        sourceUpdatedAt: article.sourceUpdatedAt,
      };
      if (plan.action === 'skip') {
        skipped.push({ ref: article.externalRef, title: service.name, reason: plan.reason });
      } else if (plan.action === 'create') {
        const applied = await createImportedArticle(m, write, plan.content);
        await recordCatalogueFacts(m, applied.articleId, facts, true);
        await this.audited(m, actor, article, 'created', applied);
        counts.created += 1;
      } else if (!current || (plan.action === 'unchanged' && current.departmentId === departmentId)) {
        if (current) await recordCatalogueFacts(m, current.id, facts, false);
        counts.unchanged += 1;
      } else {
        const applied = await updateImportedArticle(m, write, current, plan);
        await recordCatalogueFacts(
          m,
          applied.articleId,
          facts,
          plan.action === 'publish' || plan.action === 'insertDraft' || plan.action === 'updateDraft',
        );
        await this.audited(m, actor, article, 'updated', applied);
        counts.updated += 1;
      }
      options.onProgress?.(index + 1, mapped.length);
    }
    return counts;
  }

  private async audited(
    m: EntityManager,
    actor: Actor,
    article: ImportedArticle,
    result: 'created' | 'updated',
    applied: AppliedPlan,
  ): Promise<void> {
    await this.audit.append(m, actor, {
      action: result === 'created' ? 'article.created' : 'article.updated',
      subjectType: 'article',
      subjectId: applied.articleId,
      details: {
        import: 'dldb',
        externalRef: article.externalRef,
        title: article.fields.title,
        version: applied.version ?? null,
        draft: applied.draft ?? false,
      },
    });
  }
}

/** Maps every service; one that cannot be mapped (e.g. an oversized text) is skipped with the reason. */
function mapServices(services: DldbService[], locations: DldbLocation[]): { mapped: Mapped[]; failures: SkippedEntry[] } {
  const known = new Set(locations.map((l) => l.id));
  const seen = new Set<string>();
  const mapped: Mapped[] = [];
  const failures: SkippedEntry[] = [];
  for (const service of services) {
    if (seen.has(service.id)) {
      failures.push({
        ref: `dldb:${service.id}`,
        title: service.name,
        reason: 'Die Leistung steht mehrfach in der Datei; nur der erste Eintrag zählt.',
      });
      continue;
    }
    seen.add(service.id);
    try {
      mapped.push({ service, article: mapService(service, known) });
    } catch (error) {
      failures.push({ ref: `dldb:${service.id}`, title: service.name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { mapped, failures };
}

/** The departments the mapped services need: all their known locations, else their authority. */
function departmentsFor(mapped: Mapped[], locations: DldbLocation[]): ImportedDepartment[] {
  const byCode = new Map<string, ImportedDepartment>();
  for (const department of locations.map(mapLocation)) byCode.set(department.code, department);
  const needed = new Map<string, ImportedDepartment>();
  for (const { service, article } of mapped) {
    // mapService refused services with neither a known location nor a named authority.
    const department = byCode.get(article.departmentCode) ?? mapAuthority(service.authority ?? { id: '0', name: '' });
    needed.set(department.code, department);
    for (const code of article.locationCodes) {
      const office = byCode.get(code);
      if (office) needed.set(code, office);
    }
  }
  return [...needed.values()];
}

function auditDetails(summary: ImportSummary, services: number): Record<string, unknown> {
  return {
    import: 'dldb',
    publish: summary.publish,
    services,
    departments: summary.departments,
    articles: summary.articles,
    skipped: summary.skipped.slice(0, 100),
  };
}
