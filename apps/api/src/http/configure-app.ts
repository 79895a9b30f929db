import { ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { AppConfig } from '../config/app-config';
import { AppLogger } from './app-logger';
import { InvalidInputError } from '../errors/domain-errors';
import { fieldErrorsOfValidation } from '../errors/field-error';
import { ErrorBodyDto, FieldErrorDto } from '../errors/error-body.dto';
import { bodyTooDeep, jsonDepth, MAX_BODY_DEPTH } from './body-depth';

/** Everything main.ts and the integration tests share: one app, configured one way. */
export function configureApp(app: NestExpressApplication): OpenAPIObject {
  const config = app.get(AppConfig);
  app.useLogger(app.get(AppLogger));
  app.setGlobalPrefix('api');
  // Prometheus' conventional path; the endpoint itself lives under /api like every other route
  // (scrapers follow redirects by default, and the bearer token goes along to the same host).
  app
    .getHttpAdapter()
    .getInstance()
    .get('/metrics', (_req: unknown, res: { redirect(status: number, url: string): void }) =>
      res.redirect(308, '/api/metrics'),
    );
  // Off unless the operator says a proxy is in front: trusting X-Forwarded-For from any
  // loopback peer let a rotating header bypass the rate limits.
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // JSON only (bootstrap turns Nest's default parsers off): a cross-site HTML form cannot post
  // JSON, so it can neither log a victim into another account nor reach any other endpoint.
  app.useBodyParser('json', { limit: '1mb' });
  app.use((req: { body?: unknown }, _res: unknown, next: (err?: unknown) => void) => {
    next(jsonDepth(req.body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH ? bodyTooDeep() : undefined);
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine sets inline style attributes at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          // Helmet adds upgrade-insecure-requests by default: over plain http from another
          // machine the browser then fetches the scripts over https and shows a blank page.
          upgradeInsecureRequests: config.publicUrl.startsWith('https://') ? [] : null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  app.use(cookieParser());
  // API answers carry breach details and personal data: no browser or proxy may keep a copy
  // (a route may still say otherwise, e.g. 'private, no-store'). With nothing stored there is
  // nothing to revalidate, so Express's ETag (a hash of every JSON body) is not computed either.
  app.set('etag', false);
  app.use('/api', (_req: unknown, res: { setHeader(name: string, value: string): void }, next: () => void) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      forbidUnknownValues: true,
      exceptionFactory: (errors) => InvalidInputError.of(fieldErrorsOfValidation(errors)),
    }),
  );
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Lekwacht API')
      .setDescription('Data-breach register, assessment, deadlines, escalations and notices.')
      .setVersion('1.0')
      .addCookieAuth('lekwacht_session')
      .build(),
    { extraModels: [ErrorBodyDto, FieldErrorDto] },
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return document;
}
