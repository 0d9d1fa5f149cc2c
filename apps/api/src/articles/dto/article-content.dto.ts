import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArticleLimits,
  BSC_RESOLUTIONS,
  LINK_KINDS,
  NONEABLE_FIELDS,
  type BscResolution,
  type LinkKind,
  type NoneableField,
  type TiptapDoc,
} from '@bsc/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

export class RequiredDocumentDto {
  @IsUUID()
  documentId: string;

  @IsOptional()
  @IsString()
  @MaxLength(ArticleLimits.documentNoteMax)
  note?: string;
}

export class ArticleLinkDto {
  // An empty label is a problem of the draft (contentProblems), reported but stored.
  @IsString()
  @MaxLength(ArticleLimits.linkLabelMax)
  label: string;

  // Only web, mail and phone links: never javascript: or data: URLs, not even in a draft.
  @IsString()
  @MaxLength(ArticleLimits.urlMax)
  @Matches(ArticleLimits.linkUrlPattern, { message: 'url must be an http(s), mailto: or tel: link' })
  url: string;

  @IsIn(LINK_KINDS)
  kind: LinkKind;
}

export class ContactOverrideDto {
  @IsOptional() @IsString() @MaxLength(50) phone?: string;
  @IsOptional() @IsString() @MaxLength(254) email?: string;
  @IsOptional() @IsString() @MaxLength(100) room?: string;
  @IsOptional() @IsString() @MaxLength(ArticleLimits.contactNoteMax) note?: string;
}

/**
 * The structured fields of an article; the body is checked against the editor schema in the
 * service. Only what must never be stored is refused here (types, sizes, unsafe links); what a
 * draft may lack while the author works on it (a title, a well-formed LeiKa key) is reported by
 * contentProblems() and checked at submit.
 */
export class ArticleContentDto {
  @ApiProperty({ maxLength: ArticleLimits.titleMax })
  @IsString()
  @MaxLength(ArticleLimits.titleMax)
  title: string;

  @IsArray()
  @ArrayMaxSize(ArticleLimits.keywordsMax)
  @IsString({ each: true })
  @MaxLength(ArticleLimits.keywordMax, { each: true })
  keywords: string[];

  @IsString()
  @MaxLength(ArticleLimits.shortAnswerMax)
  shortAnswer: string;

  @ApiProperty({ description: 'Tiptap JSON document' })
  @IsObject()
  body: TiptapDoc;

  @IsArray()
  @ArrayMaxSize(ArticleLimits.documentsMax)
  @ValidateNested({ each: true })
  @Type(() => RequiredDocumentDto)
  documents: RequiredDocumentDto[];

  @IsString() @MaxLength(ArticleLimits.textFieldMax) prerequisites: string;
  @IsString() @MaxLength(ArticleLimits.textFieldMax) fees: string;
  @IsString() @MaxLength(ArticleLimits.textFieldMax) procedure: string;
  @IsString() @MaxLength(ArticleLimits.textFieldMax) processingTime: string;
  @IsString() @MaxLength(ArticleLimits.textFieldMax) deadlines: string;

  @IsArray()
  @ArrayMaxSize(ArticleLimits.linksMax)
  @ValidateNested({ each: true })
  @Type(() => ArticleLinkDto)
  links: ArticleLinkDto[];

  @IsString() @MaxLength(ArticleLimits.textFieldMax) legalBasis: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactOverrideDto)
  contactOverride: ContactOverrideDto | null;

  @ApiPropertyOptional({ nullable: true, example: '99050012104000' })
  @IsOptional()
  @IsString()
  @MaxLength(ArticleLimits.leikaKeyInputMax)
  leikaKey: string | null;

  @IsIn(BSC_RESOLUTIONS)
  bscResolution: BscResolution;

  @ApiPropertyOptional({
    description: 'Optional fields stated to be "none"; an empty field not listed is "not provided" (nicht hinterlegt).',
    enum: NONEABLE_FIELDS,
    isArray: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NONEABLE_FIELDS.length)
  @IsIn(NONEABLE_FIELDS, { each: true })
  statedNone?: NoneableField[];
}
