import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SEARCH_SIGNALS, type SearchSignal } from '@bsc/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export class SearchFeedbackDto {
  @ApiProperty({ format: 'uuid', description: 'searchId of a settled search (GET /api/v1/search)' })
  @IsUUID()
  searchId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  articleId: string;

  @ApiProperty({
    enum: SEARCH_SIGNALS,
    description:
      "'opened' = result opened (click); 'copied' checklist copied, 'printed', 'helpful' (\"Hat geholfen\") teach the search the words of this search for the article; 'not_helpful' takes back",
  })
  @IsIn(SEARCH_SIGNALS)
  signal: SearchSignal;

  @ApiPropertyOptional({ description: "Position in the result list (for 'opened')" })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  position?: number;
}

export class LearnedPhraseDto {
  @ApiProperty({ example: 'perso' })
  @IsString()
  @MaxLength(80)
  // One word as the learning stores it: letters, digits, hyphen.
  @Matches(/^[\p{L}\p{N}-]+$/u)
  phrase: string;
}
