import { CONTACT_CHANNELS, CONTACT_OUTCOMES, ContactLimits, type ContactChannel, type ContactOutcome } from '@bsc/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class ContactSearchDto {
  @IsUUID() articleId: string;
  @IsUUID() searchId: string;
}

export class RecordContactDto {
  @IsIn(CONTACT_OUTCOMES) outcome: ContactOutcome;
  @IsIn(CONTACT_CHANNELS) channel: ContactChannel;
  @IsArray() @ArrayMaxSize(ContactLimits.articlesMax) @IsUUID('all', { each: true }) articleIds: string[];
  @IsOptional() @IsUUID() departmentId?: string;
  @IsOptional() @IsUUID() authorityId?: string;
  /** The settled search behind each attached article (passed to the learning, never stored with the contact). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ContactLimits.articlesMax)
  @ValidateNested({ each: true })
  @Type(() => ContactSearchDto)
  searches?: ContactSearchDto[];
}

export class ContactSummaryQueryDto {
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) from?: string;
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) to?: string;
  @IsOptional() @IsUUID() departmentId?: string;
}

export class CreateAuthorityDto {
  @IsString() @MinLength(2) @MaxLength(ContactLimits.authorityNameMax) name: string;
}

export class UpdateAuthorityDto extends CreateAuthorityDto {
  @IsBoolean() active: boolean;
}
