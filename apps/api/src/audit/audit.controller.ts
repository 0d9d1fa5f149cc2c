import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditEventView, AuditVerifyResult } from '@bsc/domain';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { RequirePermission } from '../common/auth/permissions.decorator';
import { AuditService } from './audit.service';

export class AuditQueryDto {
  @IsOptional() @IsString() @MaxLength(100) actor?: string;
  @IsOptional() @IsString() @MaxLength(100) subject?: string;
  @IsOptional() @IsString() @MaxLength(80) action?: string;
  @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @IsOptional() @Type(() => Date) @IsDate() to?: Date;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('audit:read')
  list(@Query() query: AuditQueryDto): Promise<AuditEventView[]> {
    return this.audit.list(query);
  }

  @Get('verify')
  @RequirePermission('audit:read')
  verify(): Promise<AuditVerifyResult> {
    return this.audit.verify();
  }
}
