import { CatalogueLimits, type DocumentInput } from '@bsc/domain';
import { IsString, MaxLength } from 'class-validator';
import { IsVisibleText } from '../../common/http/strict-input';

export class DocumentDto implements DocumentInput {
  @IsString() @IsVisibleText() @MaxLength(CatalogueLimits.nameMax) name: string;
  @IsString() @MaxLength(CatalogueLimits.descriptionMax) description: string;
}
