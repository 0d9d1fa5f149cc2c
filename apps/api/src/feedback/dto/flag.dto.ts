import { ArticleLimits, FLAG_REASONS, type FlagReason } from '@bsc/domain';
import { ToInteger } from '../../common/http/strict-input';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, IsString, IsUUID, MaxLength, Min } from 'class-validator';

export class CreateFlagDto {
  @IsIn(FLAG_REASONS) reason: FlagReason;
  @IsString() @MaxLength(ArticleLimits.commentMax) comment: string;
}

export class ResolveFlagDto {
  @IsString() @MaxLength(ArticleLimits.commentMax) note: string;
  @IsOptional() @ToInteger() @IsInt() @Min(1) @Max(1_000_000) fixedInVersion?: number;
}

export class ListFlagsQueryDto {
  @IsOptional() @IsIn(['open', 'resolved']) status?: 'open' | 'resolved';
  @IsOptional() @IsUUID() articleId?: string;

  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  mine?: boolean;
}
