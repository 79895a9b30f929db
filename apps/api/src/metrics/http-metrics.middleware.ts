import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppMetrics } from './app-metrics';

/** For requests that reached no route (404s, the web app's files): one label, not their URLs. */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * The label of a request: the pattern of the route that answered it (`/api/portal/notices/:token`),
 * never the URL, which carries portal and calendar tokens and ids without bound. A request no
 * controller took is left with the catch-all pattern of the middleware (`/api/{*path}`): unmatched.
 */
export function routeLabelOf(req: Pick<Request, 'route'>): string {
  const path: unknown = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' && !path.includes('*') ? path : UNMATCHED_ROUTE;
}

/** Times every request from its arrival to the last byte of its answer, guards and errors included. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: AppMetrics) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const stop = this.metrics.httpDuration.startTimer();
    res.once('finish', () => {
      stop({ method: req.method, route: routeLabelOf(req), status: String(res.statusCode) });
    });
    next();
  }
}
