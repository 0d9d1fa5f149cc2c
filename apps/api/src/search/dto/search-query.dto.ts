import { ApiPropertyOptional } from '@nestjs/swagger';
import { ARTICLE_KINDS, SearchLimits, type ArticleKind } from '@bsc/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

const SEARCH_SCOPES = ['published', 'drafts'] as const;
type SearchScope = (typeof SEARCH_SCOPES)[number];

export class SearchQueryDto {
  @ApiPropertyOptional({ description: 'Words of the citizen', example: 'Auto ummelden' })
  @IsOptional()
  @IsString()
  @MaxLength(SearchLimits.queryMax)
  q = '';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  department?: string;

  @ApiPropertyOptional({ enum: ARTICLE_KINDS })
  @IsOptional()
  @IsIn(ARTICLE_KINDS)
  kind?: ArticleKind;

  @ApiPropertyOptional({ default: SearchLimits.limitDefault })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SearchLimits.limitMax)
  limit: number = SearchLimits.limitDefault;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  offset = 0;

  @ApiPropertyOptional({
    enum: SEARCH_SCOPES,
    default: 'published',
    description: "'drafts': authors search their departments' open drafts",
  })
  @IsOptional()
  @IsIn(SEARCH_SCOPES)
  scope: SearchScope = 'published';
}

export class SuggestQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(SearchLimits.queryMax)
  q = '';
}

export class SearchClickDto {
  @IsUUID()
  searchId: string;

  @IsUUID()
  articleId: string;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  position: number;
}
