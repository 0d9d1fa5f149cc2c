import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainError } from '@bsc/domain';
import type { ArticleDetail, ArticleSummary, ArticleVersionView, DraftView, FieldDiff, PublishedArticleView } from '@bsc/domain';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, RequirePermission } from '../common/auth/permissions.decorator';
import { ArticleQueriesService } from './article-queries.service';
import { ArticleWorkflowService } from './article-workflow.service';
import {
  ApproveDto,
  CreateArticleDto,
  DiffQueryDto,
  ListArticlesQueryDto,
  RejectDto,
  SaveDraftDto,
  SubmitDto,
} from './dto/article-requests.dto';

// An id that is no UUID names no article: the same 404 as an unknown one, so a mistyped or
// truncated link says "Artikel nicht gefunden" instead of "Die Eingabe ist ungültig".
const uuid = new ParseUUIDPipe({ version: undefined, exceptionFactory: () => new DomainError('ARTICLE_NOT_FOUND') });

@ApiTags('articles')
@Controller('articles')
export class ArticlesController {
  constructor(
    private readonly workflow: ArticleWorkflowService,
    private readonly queries: ArticleQueriesService,
  ) {}

  @Get()
  @RequirePermission('article:write')
  list(@CurrentActor() actor: Actor, @Query() query: ListArticlesQueryDto): Promise<ArticleSummary[]> {
    return this.queries.list(actor, query);
  }

  @Post()
  @RequirePermission('article:write')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateArticleDto): Promise<ArticleDetail> {
    return this.workflow.create(actor, dto);
  }

  @Get(':id')
  @RequirePermission('article:write')
  detail(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<ArticleDetail> {
    return this.queries.detail(actor, id);
  }

  @Get(':id/published')
  @RequirePermission('content:read')
  published(@Param('id', uuid) id: string): Promise<PublishedArticleView> {
    return this.queries.published(id);
  }

  @Put(':id/draft')
  @RequirePermission('article:write')
  saveDraft(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: SaveDraftDto): Promise<DraftView> {
    return this.workflow.saveDraft(actor, id, dto);
  }

  @Post(':id/draft')
  @RequirePermission('article:write')
  openDraft(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<DraftView> {
    return this.workflow.openDraft(actor, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequirePermission('article:write')
  submit(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: SubmitDto): Promise<ArticleDetail> {
    return this.workflow.submit(actor, id, dto.changeNote);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission('article:review')
  approve(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: ApproveDto): Promise<ArticleDetail> {
    return this.workflow.approve(actor, id, dto);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @RequirePermission('article:review')
  reject(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: RejectDto): Promise<ArticleDetail> {
    return this.workflow.reject(actor, id, dto.comment);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission('article:review')
  archive(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<ArticleDetail> {
    return this.workflow.archive(actor, id);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @RequirePermission('article:verify')
  verify(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<ArticleDetail> {
    return this.workflow.verify(actor, id);
  }

  @Get(':id/versions')
  @RequirePermission('article:write')
  versions(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<ArticleVersionView[]> {
    return this.queries.versions(actor, id);
  }

  @Get(':id/versions/:n')
  @RequirePermission('article:write')
  version(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Param('n', ParseIntPipe) n: number): Promise<ArticleVersionView> {
    return this.queries.version(actor, id, n);
  }

  @Get(':id/diff')
  @RequirePermission('article:write')
  diff(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Query() query: DiffQueryDto): Promise<FieldDiff[]> {
    return this.queries.diff(actor, id, query.from, query.to);
  }

  @Post(':id/restore/:n')
  @RequirePermission('article:write')
  restore(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Param('n', ParseIntPipe) n: number): Promise<DraftView> {
    return this.workflow.restore(actor, id, n);
  }
}
