import { DomainError } from '@bsc/domain';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule, type AppOptions } from './app.module';
import { jsonLogger } from './common/http/json-logger';
import { requestContextMiddleware } from './common/http/request-context';
import type { AppConfig } from './config/app-config';
import { noStore, rejectHostileInput, requireJsonBody, requireWellFormedText } from './security/request-hardening';

/** Builds the whole product (API + editor) from a validated configuration; used by main and tests. */
export async function createApp(config: AppConfig, options: AppOptions = {}): Promise<NestExpressApplication> {
  jsonLogger.setLevel(config.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config, options), {
    logger: jsonLogger,
    bodyParser: false,
    bufferLogs: false,
  });
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(requestContextMiddleware);
  app.use(securityHeaders());
  // No compressed request bodies (inflate: false): they are small, and a zip bomb stays out.
  app.use(
    '/api',
    noStore,
    requireJsonBody,
    express.json({ limit: '512kb', strict: true, inflate: false, verify: requireWellFormedText }),
    rejectHostileInput,
  );
  app.setGlobalPrefix('api/v1', { exclude: [] });
  setupOpenApi(app);
  serveEditor(app, config.EDITOR_DIST);
  app.enableShutdownHooks();
  return app;
}

function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // Tiptap and the Swagger UI set inline style attributes.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'font-src': ["'self'", 'data:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

function setupOpenApi(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('BSC Wissen API')
      .setDescription('Knowledge base of the citizen service centre. Errors: { code, message, correlationId }.')
      .setVersion('1')
      .addCookieAuth('bsc_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
}

/**
 * Serves the built editor at `/` with a fallback to index.html for client-side routes. Files
 * are resolved against `root`: `send` refuses an absolute path with a dot-segment anywhere
 * (~/.local/…, /srv/.apps/…), which made `/` a 500 when the checkout lives under one.
 */
function serveEditor(app: NestExpressApplication, dist: string | undefined): void {
  if (!dist || !existsSync(join(dist, 'index.html'))) return;
  app.useStaticAssets(dist, { index: false, maxAge: '1h', immutable: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    // A file the build does not have is a 404; only routes of the web app get index.html.
    if (/\.[^/]*$/.test(req.path)) return next(new DomainError('NOT_FOUND'));
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile('index.html', { root: dist }, (error?: Error) => {
      if (error) next(res.headersSent ? error : new DomainError('NOT_FOUND'));
    });
  });
}
