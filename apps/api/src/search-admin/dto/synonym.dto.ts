import { ApiProperty } from '@nestjs/swagger';
import { CatalogueLimits } from '@bsc/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Matches, MaxLength, MinLength } from 'class-validator';

// Letters, digits, spaces and the hyphen: anything else would mean a different word to the tokenizer.
const TERM = /^[\p{L}\p{N}][\p{L}\p{N} \-]*$/u;
const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

/** A synonym group an admin adds: the citizens' word and what it also means. */
export class CreateSynonymDto {
  @ApiProperty({ example: 'Perso' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(CatalogueLimits.synonymTermMax)
  @Matches(TERM, { message: 'term: letters, digits, spaces and hyphens only' })
  term: string;

  @ApiProperty({ example: ['Personalausweis'] })
  @Transform(trim)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CatalogueLimits.synonymsMax)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(CatalogueLimits.synonymTermMax, { each: true })
  @Matches(TERM, { each: true, message: 'synonyms: letters, digits, spaces and hyphens only' })
  synonyms: string[];
}
