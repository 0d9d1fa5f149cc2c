import { CatalogueLimits, type DocumentInput } from '@bsc/domain';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class DocumentDto implements DocumentInput {
  @IsString() @MinLength(1) @MaxLength(CatalogueLimits.nameMax) name: string;
  @IsString() @MaxLength(CatalogueLimits.descriptionMax) description: string;
}
