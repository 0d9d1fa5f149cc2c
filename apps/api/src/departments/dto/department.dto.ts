import { ApiProperty } from '@nestjs/swagger';
import { CatalogueLimits, type DepartmentInput } from '@bsc/domain';
import { Type } from 'class-transformer';
import { IsVisibleText } from '../../common/http/strict-input';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class OpeningIntervalDto {
  @IsInt() @Min(0) @Max(6) day: number;
  @Matches(TIME) opens: string;
  @Matches(TIME) closes: string;
}

export class OpeningHoursDto {
  @IsArray()
  @ArrayMaxSize(42)
  @ValidateNested({ each: true })
  @Type(() => OpeningIntervalDto)
  weekly: OpeningIntervalDto[];

  @IsOptional() @IsString() @MaxLength(500) note?: string;
}

export class DepartmentDto implements DepartmentInput {
  @ApiProperty({ example: 'KFZ' })
  @Matches(CatalogueLimits.codePattern, { message: 'code: 1-20 capital letters, digits or dashes' })
  code: string;

  @IsString() @IsVisibleText() @MaxLength(CatalogueLimits.nameMax) name: string;
  @IsString() @MaxLength(CatalogueLimits.phoneMax) phone: string;

  @ValidateIf((o: DepartmentDto) => o.email !== '')
  @IsEmail()
  @MaxLength(CatalogueLimits.emailMax)
  email: string;

  @IsString() @MaxLength(CatalogueLimits.roomMax) room: string;
  @IsString() @MaxLength(CatalogueLimits.addressMax) address: string;

  @ValidateNested()
  @Type(() => OpeningHoursDto)
  openingHours: OpeningHoursDto;

  @IsOptional()
  @Matches(/^https:\/\/[^\s<>"]+$/, { message: 'appointmentUrl must be an https:// URL' })
  @MaxLength(2000)
  appointmentUrl: string | null;

  @IsInt()
  @Min(CatalogueLimits.reviewIntervalMinDays)
  @Max(CatalogueLimits.reviewIntervalMaxDays)
  reviewIntervalDays: number;
}
