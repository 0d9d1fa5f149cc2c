import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

/** A word of the content-gap list to ignore from now on. */
export class IgnoreContentGapDto {
  @ApiProperty({ example: 'wohngeld' })
  @IsString()
  @MaxLength(80)
  // One word as the analysis produces it: letters, digits, hyphen.
  @Matches(/^[\p{L}\p{N}-]+$/u)
  term: string;
}
