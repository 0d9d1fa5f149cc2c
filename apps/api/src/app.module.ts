import { Module, type DynamicModule } from '@nestjs/common';
import type { Clock } from '@bsc/domain';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticlesModule } from './articles/articles.module';
import { ContactsModule } from './contacts/contacts.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { DomainErrorFilter } from './common/errors/domain-error.filter';
import { SessionGuard } from './common/auth/session.guard';
import { strictValidationPipe } from './common/http/validation';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { DepartmentsModule } from './departments/departments.module';
import { DocumentsModule } from './documents/documents.module';
import { HealthController } from './health/health.controller';
import { ImportModule } from './import/import.module';
import { SearchAdminModule } from './search-admin/search-admin.module';
import { FeedbackModule } from './feedback/feedback.module';
import { FreshnessModule } from './freshness/freshness.module';
import { NotificationsModule } from './notifications/notifications.module';
import { LearningModule } from './search/learning/learning.module';
import { SearchModule } from './search/search.module';
import { UsersModule } from './users/users.module';

/** What tests may replace in the application. */
export interface AppOptions {
  /** The clock of search, first-contact recording, its dashboard and the learning (default: the system clock). */
  clock?: Clock;
}

/** The application, built from a validated configuration. */
@Module({})
export class AppModule {
  static forConfig(config: AppConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forConfig(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.DATABASE_URL), migrationsRun: false }),
        TerminusModule.forRoot({ logger: false }),
        AuditModule,
        AuthModule,
        SearchModule.forClock(options.clock),
        DepartmentsModule,
        DocumentsModule,
        ArticlesModule,
        UsersModule,
        FeedbackModule,
        ImportModule,
        SearchAdminModule,
        FreshnessModule,
        NotificationsModule,
        ContactsModule.forClock(options.clock),
        LearningModule.forClock(options.clock),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: SessionGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_PIPE, useValue: strictValidationPipe() },
      ],
    };
  }
}
