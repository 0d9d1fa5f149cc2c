import { Module } from '@nestjs/common';
import { DldbImportService } from './dldb-import.service';

/** Catalogue imports; run from the `kb` CLI (no HTTP route: an import is an operator's job). */
@Module({ providers: [DldbImportService], exports: [DldbImportService] })
export class ImportModule {}
