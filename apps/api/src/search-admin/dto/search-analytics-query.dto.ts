import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ToInteger } from '../../common/http/strict-input';

/** Period of the search analytics. */
export class SearchAnalyticsQueryDto {
  @ApiPropertyOptional({ default: 30, description: 'Days back from now (events older than the retention period are gone anyway)' })
  @IsOptional()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(3650)
  days = 30;
}
