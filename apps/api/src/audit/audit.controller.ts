import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditEventView, AuditVerifyResult } from '@bsc/domain';
import { IsDate, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { RequirePermission } from '../common/auth/permissions.decorator';
import { ToDate, ToInteger } from '../common/http/strict-input';
import { AuditService } from './audit.service';

export class AuditQueryDto {
  @IsOptional() @IsString() @MaxLength(100) actor?: string;
  @IsOptional() @IsString() @MaxLength(100) subject?: string;
  @IsOptional() @IsString() @MaxLength(80) action?: string;
  @IsOptional() @IsString() @MaxLength(200) title?: string;
  @IsOptional() @ToDate() @IsDate() from?: Date;
  @IsOptional() @ToDate() @IsDate() to?: Date;
  @IsOptional() @ToInteger() @IsInt() @Min(1) @Max(1000) limit?: number;
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
