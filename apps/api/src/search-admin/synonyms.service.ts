import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, type BuiltInSynonymList, type SynonymEntry } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { jsonLogger } from '../common/http/json-logger';
import { queryOne, queryRows, type RowOf } from '../database/typed-rows';
import { SearchSetupService } from '../search/search-setup.service';
import type { CreateSynonymDto } from './dto/synonym.dto';

const SYNONYM_ROW = { id: 'text', term: 'text', synonyms: 'text[]', created_at: 'timestamptz' } as const;

/**
 * Synonyms admins add without a deploy: stored in PostgreSQL (audited), merged with
 * search-config/synonyms.json and pushed to the index and to the API's query rewriting.
 */
@Injectable()
export class SynonymsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly setup: SearchSetupService,
  ) {}

  async list(): Promise<SynonymEntry[]> {
    const rows = await queryRows(
      this.dataSource,
      SYNONYM_ROW,
      `SELECT id, term, synonyms, created_at FROM search_synonyms ORDER BY lower(term)`,
    );
    return rows.map(toEntry);
  }

  /** The thesaurus that ships with the product; admins see it but change it only by a deploy. */
  builtIn(): BuiltInSynonymList {
    return { entries: this.setup.builtInSynonyms };
  }

  async create(actor: Actor, dto: CreateSynonymDto): Promise<SynonymEntry> {
    const term = normalizeTerm(dto.term);
    const synonyms = [...new Set(dto.synonyms.map(normalizeTerm))].filter((s) => s !== term);
    if (synonyms.length === 0) throw new DomainError('VALIDATION_FAILED', 'Ein Synonym muss sich vom Begriff unterscheiden.');
    const entry = await this.dataSource.transaction(async (m) => {
      const existing = await queryRows(m, {}, `SELECT 1 FROM search_synonyms WHERE lower(term) = $1`, [term]);
      if (existing.length > 0) throw new DomainError('DUPLICATE', 'Für diesen Begriff gibt es schon Synonyme.', { term });
      const row = await queryOne(
        m,
        SYNONYM_ROW,
        `INSERT INTO search_synonyms (term, synonyms) VALUES ($1, $2) RETURNING id, term, synonyms, created_at`,
        [term, synonyms],
      );
      await this.audit.append(m, actor, {
        action: 'synonym.created',
        subjectType: 'synonym',
        subjectId: row.id,
        details: { term, synonyms },
      });
      return toEntry(row);
    });
    await this.push();
    return entry;
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const [row] = await queryRows(
        m,
        { term: 'text', synonyms: 'text[]' },
        `WITH gone AS (DELETE FROM search_synonyms WHERE id = $1 RETURNING term, synonyms) SELECT * FROM gone`,
        [id],
      );
      if (!row) throw new DomainError('NOT_FOUND', 'Der Synonym-Eintrag wurde nicht gefunden.');
      await this.audit.append(m, actor, {
        action: 'synonym.deleted',
        subjectType: 'synonym',
        subjectId: id,
        details: { term: row.term, synonyms: row.synonyms },
      });
    });
    await this.push();
  }

  /**
   * The stored entry is what counts: the API rewrites queries with it at once. Meilisearch's own
   * synonym list is a bonus; when it is down, start-up applies the list again.
   */
  private async push(): Promise<void> {
    try {
      await this.setup.pushSynonyms();
    } catch (error) {
      jsonLogger.warn('synonyms stored but not pushed to the search index', { error: String(error) });
    }
  }
}

function normalizeTerm(term: string): string {
  return term.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-DE');
}

function toEntry(row: RowOf<typeof SYNONYM_ROW>): SynonymEntry {
  return { id: row.id, term: row.term, synonyms: row.synonyms, createdAt: row.created_at.toISOString() };
}
