import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { redactUrl } from './redact-url';

interface SerializedRequest {
  id: unknown;
  method: string;
  url: string;
}

/**
 * The level of a request's line: answered requests are `debug` (an access log for whoever sets
 * LOG_LEVEL=debug), refused ones `info`, failures `error`. At the default level a successful
 * request writes nothing, so logging costs next to nothing on the busy paths (issue #19).
 */
export function requestLogLevel(statusCode: number, err?: Error): 'debug' | 'info' | 'error' {
  if (err || statusCode >= 500) return 'error';
  return statusCode >= 400 ? 'info' : 'debug';
}

/**
 * pino-http options: one line per request with a request id, method, masked URL and status.
 * No headers at all — they cost a serialisation per request and carry cookies — and the URL's
 * portal/calendar tokens, link signatures and codes never reach a log.
 */
export function requestLogOptions(level: string): Options {
  return {
    level,
    customLogLevel: (_req, res, err) => requestLogLevel(res.statusCode, err),
    genReqId: (req: IncomingMessage) => (req.headers['x-request-id'] as string | undefined) ?? randomUUID(),
    serializers: {
      req: (req: SerializedRequest) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // probes and scrapers every few seconds would drown the log
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' || req.url === '/api/metrics' },
  };
}

/**
 * Readable lines when a person watches the terminal (pino-pretty, a development dependency);
 * JSON for log collectors and whenever pino-pretty is not installed (production bundle).
 */
export function requestLogConfig(
  level: string,
  format: 'auto' | 'json' | 'pretty' = 'auto',
): Options | [Options, DestinationStream] {
  const options = requestLogOptions(level);
  if (format === 'json' || (format === 'auto' && !process.stdout.isTTY)) return options;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as (o: object) => DestinationStream;
    return [options, pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,req.id' })];
  } catch {
    return options;
  }
}
