import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppLogger } from './http/app-logger';
import { requestLogConfig } from './http/request-logging';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { SsoModule } from './auth/sso/sso.module';
import { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { HttpErrorFilter } from './errors/http-exception.filter';
import { HealthModule } from './health/health.module';
import { UsersModule } from './users/users.module';
import { ScheduleModule } from '@nestjs/schedule';
import { EscalationsModule } from './escalations/escalations.module';
import { MailModule } from './mail/mail.module';
import { MetricsModule } from './metrics/metrics.module';
import { BreachesModule } from './breaches/breaches.module';
import { CustomersModule } from './customers/customers.module';
import { ObligationsModule } from './obligations/obligations.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { AuthorityNotificationsModule } from './authority-notifications/authority-notifications.module';
import { ReportsModule } from './reports/reports.module';
import { CalendarModule } from './calendar/calendar.module';
import { NoticesModule } from './notices/notices.module';
import { NotesModule } from './notes/notes.module';
import { TasksModule } from './tasks/tasks.module';
import { EvidenceModule } from './evidence/evidence.module';
import { OrganisationModule } from './organisation/organisation.module';
import { ClockModule } from './clock/clock';
import { MyWorkModule } from './my-work/my-work.module';
import { WebhooksModule } from './webhooks/webhooks.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        // nestjs-pino: structured JSON logs with a request id on every line.
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: requestLogConfig(config.env.LOG_LEVEL, config.env.LOG_FORMAT),
        }),
        DatabaseModule,
        ClockModule,
        // @nestjs/schedule only triggers; due work is claimed from the database (escalations/).
        ScheduleModule.forRoot(),
        MetricsModule,
        MailModule,
        EscalationsModule,
        AuditModule,
        HealthModule,
        AuthModule,
        SsoModule,
        UsersModule,
        CustomersModule,
        OrganisationModule,
        ObligationsModule,
        AssessmentsModule,
        BreachesModule,
        AuthorityNotificationsModule,
        ReportsModule,
        CalendarModule,
        NoticesModule,
        MyWorkModule,
        NotesModule,
        WebhooksModule,
        TasksModule,
        EvidenceModule,
        DemoModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }, AppLogger],
    };
  }
}
