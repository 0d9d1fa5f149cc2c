import { ApiPropertyOptional } from '@nestjs/swagger';
import { ARTICLE_KINDS, SEARCH_INTENTS, SearchLimits, type ArticleKind, type SearchIntent } from '@bsc/domain';
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

  @ApiPropertyOptional({
    enum: SEARCH_INTENTS,
    default: 'settled',
    description:
      "'preview': results while the agent types, not counted in the search analytics; 'settled': Enter, 1.5 s without typing or a result opened",
  })
  @IsOptional()
  @IsIn(SEARCH_INTENTS)
  intent: SearchIntent = 'settled';
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
