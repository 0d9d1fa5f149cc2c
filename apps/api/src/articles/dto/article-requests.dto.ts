import { ARTICLE_KINDS, ArticleLimits, type ArticleKind } from '@bsc/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { ToInteger } from '../../common/http/strict-input';
import { ArticleContentDto } from './article-content.dto';

export class CreateArticleDto {
  @IsUUID()
  departmentId: string;

  @IsIn(ARTICLE_KINDS)
  kind: ArticleKind;

  @ValidateNested()
  @Type(() => ArticleContentDto)
  content: ArticleContentDto;
}

export class SaveDraftDto {
  @ToInteger()
  @IsInt()
  @Min(1)
  revision: number;

  @ValidateNested()
  @Type(() => ArticleContentDto)
  content: ArticleContentDto;
}

export class SubmitDto {
  @IsString()
  @MaxLength(ArticleLimits.changeNoteMax)
  changeNote: string;
}

export class ApproveDto {
  @IsOptional()
  @IsISO8601({ strict: true })
  publishAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  validUntil?: string;
}

export class RejectDto {
  @IsString()
  @MaxLength(ArticleLimits.commentMax)
  comment: string;
}

export class ListArticlesQueryDto {
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @IsOptional()
  @IsIn(['draft', 'in_review', 'scheduled', 'published', 'archived'])
  status?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

/**
 * A diff's ends: a version number, `draft`, `rejected` (the content of the draft's last
 * rejection) or, as `from`, `none` (nothing: every field of `to` is new).
 */
export class DiffQueryDto {
  @IsOptional()
  @Matches(/^(draft|rejected|none|\d{1,6})$/)
  from?: string;

  @IsOptional()
  @Matches(/^(draft|rejected|\d{1,6})$/)
  to?: string;
}
