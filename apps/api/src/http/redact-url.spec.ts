import { REDACTED, redactUrl } from './redact-url';
import { requestLogLevel, requestLogOptions } from './request-logging';

describe('redactUrl', () => {
  it('masks the portal token in the API path and in the web route', () => {
    expect(redactUrl('/api/portal/notices/abc123secret')).toBe(`/api/portal/notices/${REDACTED}`);
    expect(redactUrl('/api/portal/notices/abc123secret/pdf')).toBe(`/api/portal/notices/${REDACTED}/pdf`);
    expect(redactUrl('/portal/abc123secret')).toBe(`/portal/${REDACTED}`);
  });

  it('masks the calendar feed token', () => {
    expect(redactUrl('/api/calendar/f00dcafe.ics')).toBe(`/api/calendar/${REDACTED}`);
  });

  it('masks signatures, tokens and codes in the query and keeps the other parameters', () => {
    const out = redactUrl('/api/escalations/7/acknowledge?sig=deadbeef&lang=nl&code=123456&Token=x');
    expect(out).toBe(`/api/escalations/7/acknowledge?sig=${REDACTED}&lang=nl&code=${REDACTED}&Token=${REDACTED}`);
    expect(out).not.toContain('deadbeef');
    expect(out).not.toContain('123456');
  });

  it('leaves ordinary URLs alone', () => {
    expect(redactUrl('/api/breaches?page=2&q=laptop')).toBe('/api/breaches?page=2&q=laptop');
  });
});

describe('requestLogOptions', () => {
  it('logs a request without headers and with its secrets masked', () => {
    const serializers = requestLogOptions('info').serializers as Record<string, (x: unknown) => unknown>;
    const line = serializers['req']?.({
      id: 'r1',
      method: 'GET',
      url: '/api/portal/notices/tok-secret',
      headers: { cookie: 'lekwacht_session=s3cret' },
    });
    expect(JSON.stringify(line)).not.toMatch(/tok-secret|s3cret|cookie/);
    expect(line).toEqual({ id: 'r1', method: 'GET', url: `/api/portal/notices/${REDACTED}` });
  });
});

describe('requestLogLevel', () => {
  it('keeps answered requests below the default level and shows refusals and failures', () => {
    expect(requestLogLevel(200)).toBe('debug');
    expect(requestLogLevel(304)).toBe('debug');
    expect(requestLogLevel(401)).toBe('info');
    expect(requestLogLevel(404)).toBe('info');
    expect(requestLogLevel(500)).toBe('error');
    expect(requestLogLevel(200, new Error('stream broke'))).toBe('error');
  });
});
