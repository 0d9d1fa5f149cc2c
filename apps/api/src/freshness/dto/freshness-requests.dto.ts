import { CatalogueLimits } from '@bsc/domain';
import { IsInt, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';

/** PUT /articles/:id/review-interval: `null` returns the article to its department's default. */
export class ReviewIntervalDto {
  // Only null skips validation: a missing `days` is still rejected by @IsInt.
  @ValidateIf((_dto, value) => value !== null)
  @IsInt()
  @Min(CatalogueLimits.reviewIntervalMinDays)
  @Max(CatalogueLimits.reviewIntervalMaxDays)
  days: number | null;
}

/** GET /freshness: optionally one department only. */
export class FreshnessQueryDto {
  @IsOptional() @IsUUID() departmentId?: string;
}
