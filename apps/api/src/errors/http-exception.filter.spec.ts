import type { ArgumentsHost } from '@nestjs/common';
import {
  BadRequestException,
  HttpStatus,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, UnauthenticatedError } from './domain-errors';
import { DATABASE_UNAVAILABLE_MESSAGE, HttpErrorFilter } from './http-exception.filter';

// `pg` ships no type declarations (and @types/pg is not installed): type the one class used.
type PgDatabaseError = Error & { code?: string; severity?: string };
const { DatabaseError } = jest.requireActual<{
  DatabaseError: new (message: string, length: number, name: 'error') => PgDatabaseError;
}>('pg');

/** A `pg` server error as the protocol parser builds it (message, SQLSTATE code). */
function serverError(message: string, code: string): PgDatabaseError {
  const err = new DatabaseError(message, message.length, 'error');
  err.code = code;
  err.severity = 'FATAL';
  return err;
}

/** A Node socket error as `net` raises it when `pg` connects or reads. */
function socketError(message: string, code: string, syscall = 'connect'): Error {
  return Object.assign(new Error(message), { code, errno: -111, syscall, address: '127.0.0.1', port: 5432 });
}

/** TypeORM wraps errors of a running query, copying the driver error's fields. */
const wrapped = (driverError: Error) => new QueryFailedError('INSERT INTO "breaches" …', [], driverError);

/**
 * The errors seen in reliability/postgres-restart.int-spec.ts while a private PostgreSQL
 * server was stopped, restarted (-m fast) and crashed (-m immediate) under load.
 */
const OUTAGES: [string, unknown][] = [
  ['ECONNREFUSED on connect (server stopped)', socketError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
  ['ECONNRESET on read', socketError('read ECONNRESET', 'ECONNRESET', 'read')],
  ['ETIMEDOUT on connect', socketError('connect ETIMEDOUT 10.0.0.5:5432', 'ETIMEDOUT')],
  [
    'AggregateError of ECONNREFUSED (localhost → ::1 and 127.0.0.1)',
    Object.assign(
      new AggregateError([
        socketError('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED'),
        socketError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      ]),
      { code: 'ECONNREFUSED' },
    ),
  ],
  ['57P03 starting up', serverError('the database system is starting up', '57P03')],
  ['57P03 shutting down', serverError('the database system is shutting down', '57P03')],
  ['57P03 not yet accepting connections', serverError('the database system is not yet accepting connections', '57P03')],
  [
    '57P01 admin shutdown, wrapped in QueryFailedError',
    wrapped(serverError('terminating connection due to administrator command', '57P01')),
  ],
  ['57P02 crash shutdown', serverError('terminating connection because of crash of another server process', '57P02')],
  ['08006 connection failure', serverError('connection failure', '08006')],
  ['08003 connection does not exist', serverError('connection does not exist', '08003')],
  ['08000 connection exception', serverError('connection exception', '08000')],
  [
    '"Connection terminated unexpectedly", wrapped in QueryFailedError',
    wrapped(new Error('Connection terminated unexpectedly')),
  ],
  [
    '"Connection terminated due to connection timeout"',
    new Error('Connection terminated due to connection timeout', {
      cause: new Error('Connection terminated unexpectedly'),
    }),
  ],
  ['pg-pool "timeout exceeded when trying to connect"', new Error('timeout exceeded when trying to connect')],
  ['TypeORM query runner released by a dropped connection', new QueryRunnerAlreadyReleasedError()],
  ['TypeORM query runner provider released by a dropped connection', new QueryRunnerProviderAlreadyReleasedError()],
  [
    'an error whose cause is a connection error',
    new Error('could not load settings', { cause: socketError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED') }),
  ],
];

function fakeHost() {
  const res = {
    headersSent: false,
    headers: {} as Record<string, string>,
    statusCode: 0,
    body: undefined as unknown,
    setHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value;
      return this;
    },
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    json(body: unknown) {
      this.body = body;
      return this;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => res, getRequest: () => ({}) }) } as unknown as ArgumentsHost;
  return { res, host };
}

describe('HttpErrorFilter', () => {
  let warn: jest.SpyInstance;
  let error: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  const answer = (exception: unknown) => {
    const { res, host } = fakeHost();
    new HttpErrorFilter().catch(exception, host);
    return res;
  };

  describe.each(OUTAGES)('database unavailable: %s', (_name, exception) => {
    it('answers 503 with Retry-After: 5 and a plain message, logged as a warning', () => {
      expect(isDatabaseUnavailable(exception)).toBe(true);
      const res = answer(exception);
      expect(res.statusCode).toBe(HttpStatus.SERVICE_UNAVAILABLE);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: DATABASE_UNAVAILABLE_MESSAGE,
      });
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/^database unavailable, answered 503: /);
      expect(error).not.toHaveBeenCalled();
    });
  });

  it('says the same to everyone: no address, code or query in the body', () => {
    const res = answer(wrapped(socketError('connect ECONNREFUSED 10.1.2.3:6543', 'ECONNREFUSED')));
    expect(JSON.stringify(res.body)).not.toMatch(/10\.1\.2\.3|ECONNREFUSED|INSERT/);
  });

  it.each<[string, unknown, number]>([
    ['an unknown error', new Error('boom'), 500],
    [
      'a query that fails for another reason (unique violation)',
      wrapped(serverError('duplicate key value violates unique constraint', '23505')),
      500,
    ],
    [
      'a mail socket timeout (nodemailer carries an SMTP command)',
      Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT', command: 'CONN' }),
      500,
    ],
    ['a thrown string', 'boom', 500],
    ['null', null, 500],
  ])('keeps %s a 500, logged as an error, without Retry-After', (_name, exception, status) => {
    expect(isDatabaseUnavailable(exception)).toBe(false);
    const res = answer(exception);
    expect(res.statusCode).toBe(status);
    expect(res.body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
    expect(res.headers['retry-after']).toBeUndefined();
    expect(error).toHaveBeenCalledTimes(1);
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps status and message of domain, HTTP and body-parser errors, and names each problem in errors', () => {
    expect(answer(new ConflictError(['breach is already closed'])).body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: ['breach is already closed'],
      errors: [{ path: 'breach', rule: 'closed', message: 'breach is already closed' }],
    });
    expect(answer(new ConflictError(['already sent'])).body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: ['already sent'],
      errors: [{ path: '', rule: 'conflict', message: 'already sent' }],
    });
    expect(answer(new NotFoundException('breach not found')).body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'breach not found',
      errors: [{ path: '', rule: 'notFound', message: 'breach not found' }],
    });
    expect(answer(new NotFoundError('breach', 'b-1')).body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: ['breach b-1 not found'],
      errors: [{ path: '', rule: 'notFound', message: 'breach b-1 not found', params: { entity: 'breach' } }],
    });
    expect(answer(new ForbiddenError(['this action needs the role manager'])).body).toMatchObject({
      statusCode: 403,
      errors: [{ path: '', rule: 'forbidden' }],
    });
    // a 401 names no field: its body stays as it was
    expect(answer(new UnauthenticatedError(['not logged in'])).body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: ['not logged in'],
    });
    // /api/health's own 503 keeps its body and gets no Retry-After from the filter
    const health = answer(new ServiceUnavailableException({ status: 'error', message: 'database did not answer' }));
    expect(health.statusCode).toBe(503);
    expect(health.headers['retry-after']).toBeUndefined();
    expect(health.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message: 'database did not answer' });
    // a body-parser error stays 4xx even if it carries a socket code
    const aborted = answer(
      Object.assign(new Error('request aborted'), { status: 400, type: 'request.aborted', code: 'ECONNRESET' }),
    );
    expect(aborted.statusCode).toBe(400);
    expect(aborted.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ['request could not be read'],
      errors: [{ path: '', rule: 'unreadable', message: 'request could not be read' }],
    });
    const malformed = answer(
      Object.assign(new SyntaxError('Unexpected token'), { status: 400, type: 'entity.parse.failed' }),
    );
    expect(malformed.body).toMatchObject({ errors: [{ path: '', rule: 'invalidJson' }] });
    // Nest maps body-parser's SyntaxError to a BadRequestException with the parser's words: not shown
    const nestMapped = answer(new BadRequestException('Unexpected end of JSON input'));
    expect(nestMapped.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ['request body is not valid JSON'],
      errors: [{ path: '', rule: 'invalidJson', message: 'request body is not valid JSON' }],
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('gives every 400 of a domain validator a path and a rule beside its message', () => {
    const body = answer(
      new InvalidInputError([
        'containedAt must not be before occurredAt',
        'discoveredAt must not be in the future',
        'discoveredAtCorrectionReason is required when discoveredAt changes',
        'from must not be after to',
      ]),
    ).body as { message: string[]; errors: unknown[] };
    expect(body.message).toHaveLength(4);
    expect(body.errors).toEqual([
      {
        path: 'containedAt',
        rule: 'notBefore',
        message: 'containedAt must not be before occurredAt',
        params: { other: 'occurredAt' },
      },
      { path: 'discoveredAt', rule: 'notInFuture', message: 'discoveredAt must not be in the future' },
      {
        path: 'discoveredAtCorrectionReason',
        rule: 'required',
        message: 'discoveredAtCorrectionReason is required when discoveredAt changes',
      },
      { path: 'from', rule: 'notAfter', message: 'from must not be after to', params: { other: 'to' } },
    ]);
  });

  it('writes nothing once the response has started', () => {
    const { res, host } = fakeHost();
    res.headersSent = true;
    new HttpErrorFilter().catch(socketError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), host);
    expect(res.statusCode).toBe(0);
    expect(res.headers).toEqual({});
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
