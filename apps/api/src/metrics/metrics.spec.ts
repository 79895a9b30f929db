import type { Request } from 'express';
import { AppMetrics, METRIC } from './app-metrics';
import { routeLabelOf, UNMATCHED_ROUTE } from './http-metrics.middleware';
import { bearerMatches } from './metrics-token';

describe('metrics', () => {
  describe('bearerMatches', () => {
    const token = 'a-metrics-token-of-some-length';

    it('accepts exactly "Bearer <token>", the scheme in any case', () => {
      expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
      expect(bearerMatches(`bearer ${token}`, token)).toBe(true);
    });

    it('refuses a missing header, another scheme, a prefix or an extension of the token', () => {
      for (const header of [
        undefined,
        '',
        token,
        `Basic ${token}`,
        `Bearer ${token.slice(0, -1)}`,
        `Bearer ${token}x`,
        'Bearer ',
        `Bearer ${token} extra`,
      ]) {
        expect(bearerMatches(header, token)).toBe(false);
      }
    });
  });

  describe('routeLabelOf', () => {
    const req = (route: unknown) => ({ route }) as Pick<Request, 'route'>;

    it('is the route pattern, never the URL', () => {
      expect(routeLabelOf(req({ path: '/api/portal/notices/:token' }))).toBe('/api/portal/notices/:token');
    });

    it('is "unmatched" when no controller route answered (none, or only the middleware catch-all)', () => {
      expect(routeLabelOf(req(undefined))).toBe(UNMATCHED_ROUTE);
      expect(routeLabelOf(req({ path: '/api/{*path}' }))).toBe(UNMATCHED_ROUTE);
    });
  });

  describe('AppMetrics', () => {
    it('counts deliveries, failed attempts and messages given up on', async () => {
      const m = new AppMetrics();
      m.mailDelivered();
      m.mailDelivered();
      m.mailFailed(false);
      m.mailFailed(true);
      const text = await m.render();
      expect(text).toContain(`${METRIC.mailDeliveries} 2`);
      expect(text).toContain(`${METRIC.mailFailures} 2`);
      expect(text).toContain(`${METRIC.mailUndeliverable} 1`);
    });

    it('observes escalation lateness in seconds, a step fired early as 0', async () => {
      const m = new AppMetrics();
      m.escalationFired('authority', 1_500);
      m.escalationFired('authority', -200);
      const text = await m.render();
      expect(text).toContain(`${METRIC.escalationLateness}_sum{kind="authority"} 1.5`);
      expect(text).toContain(`${METRIC.escalationLateness}_count{kind="authority"} 2`);
      expect(text).toContain(`${METRIC.escalationLateness}_bucket{le="0.1",kind="authority"} 1`);
      // every kind has its series from the start
      expect(text).toContain(`${METRIC.escalationLateness}_count{kind="customer"} 0`);
    });

    it('keeps each app’s figures apart (several apps in one process)', async () => {
      const a = new AppMetrics();
      const b = new AppMetrics();
      a.mailDelivered();
      expect(await b.render()).toContain(`${METRIC.mailDeliveries} 0`);
    });
  });
});
