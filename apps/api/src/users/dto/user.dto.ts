import { CatalogueLimits, ROLES, type Role } from '@bsc/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { IsVisibleText } from '../../common/http/strict-input';

export class CreateUserDto {
  @Matches(CatalogueLimits.loginPattern, { message: 'login: 2-64 lower-case letters, digits, dot, dash or underscore' })
  login: string;

  @IsString() @IsVisibleText() @MaxLength(CatalogueLimits.displayNameMax) displayName: string;

  @IsString() @MinLength(CatalogueLimits.passwordMin) @MaxLength(CatalogueLimits.passwordMax) password: string;

  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(ROLES.length) @IsIn(ROLES, { each: true }) roles: Role[];

  @IsArray() @ArrayMaxSize(50) @IsUUID(undefined, { each: true }) departmentIds: string[];
}

export class UpdateUserDto {
  @IsString() @IsVisibleText() @MaxLength(CatalogueLimits.displayNameMax) displayName: string;

  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(ROLES.length) @IsIn(ROLES, { each: true }) roles: Role[];

  @IsArray() @ArrayMaxSize(50) @IsUUID(undefined, { each: true }) departmentIds: string[];

  @IsBoolean() active: boolean;

  @IsOptional() @IsString() @MinLength(CatalogueLimits.passwordMin) @MaxLength(CatalogueLimits.passwordMax) password?: string;
}
