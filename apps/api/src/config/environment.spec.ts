import { validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('applies the documented defaults when nothing is set', () => {
    const env = validateEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.LEKWACHT_DATA_DIR).toBe('./data');
    expect(env.SCHEDULER_ENABLED).toBe(true);
    expect(env.DEMO_DATA).toBeUndefined();
    expect(env.DEMO_PASSWORD).toBe('lekwacht-demo');
    expect(env.MAIL_FROM).toBe('lekwacht@localhost');
  });

  it('names the variable that is wrong', () => {
    expect(() => validateEnvironment({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => validateEnvironment({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => validateEnvironment({ SCHEDULER_ENABLED: 'maybe' })).toThrow(/SCHEDULER_ENABLED/);
    expect(() => validateEnvironment({ SMTP_URL: 'not a url' })).toThrow(/SMTP_URL/);
    expect(() => validateEnvironment({ MAIL_FROM: 'Privacy <x@y.nl>' })).toThrow(/MAIL_FROM/);
  });

  it('reads booleans the way operators write them', () => {
    expect(validateEnvironment({ SCHEDULER_ENABLED: 'false' }).SCHEDULER_ENABLED).toBe(false);
    expect(validateEnvironment({ DEMO_DATA: '1' }).DEMO_DATA).toBe(true);
  });

  it('requires SESSION_SECRET with a database server in production', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@localhost/db' })).toThrow(
      /SESSION_SECRET/,
    );
  });
});
