import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { type Environment, validateEnvironment } from './config/environment';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './database/embedded-postgres';
import { configureApp } from './http/configure-app';
import { serveWebApp } from './web-app/serve-web-app';

export interface RunningApp {
  app: NestExpressApplication;
  openApi: OpenAPIObject;
  config: AppConfig;
  close(): Promise<void>;
}

/** Resolves the database (server or embedded), builds and configures the Nest app. */
export async function createLekwacht(
  rawEnv: Record<string, unknown> = process.env,
  options: { webDir?: string; embeddedDataDir?: string | null } = {},
): Promise<RunningApp> {
  const env: Environment = validateEnvironment(rawEnv);
  let embedded: EmbeddedPostgres | undefined;
  let config: AppConfig;
  if (env.DATABASE_URL) {
    config = new AppConfig(env, { kind: 'postgres', url: env.DATABASE_URL });
  } else {
    const dir = options.embeddedDataDir === null ? undefined : (options.embeddedDataDir ?? env.LEKWACHT_DATA_DIR);
    embedded = await startEmbeddedPostgres(dir);
    config = new AppConfig(env, { kind: 'embedded', url: embedded.url });
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    // configureApp registers the JSON parser only: no urlencoded or text bodies (login CSRF).
    bodyParser: false,
  });
  const openApi = configureApp(app);
  if (options.webDir) serveWebApp(app, options.webDir);
  // No app.enableShutdownHooks(): Nest would close only the app and re-raise the signal before
  // PGlite is stopped; main.ts closes both (see RunningApp.close) on SIGTERM/SIGINT.
  return {
    app,
    openApi,
    config,
    async close() {
      await app.close();
      await embedded?.stop();
    },
  };
}
