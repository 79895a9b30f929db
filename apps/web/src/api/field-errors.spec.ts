import { ApiError } from './api-error';
import { fieldErrorsOf } from './field-errors';
import { needsXsrfToken, readCookie } from './xsrf';

describe('fieldErrorsOf', () => {
  it('puts each message on the field it names and keeps the rest', () => {
    const error = new ApiError(400, [
      'password must be at least 12 characters',
      'email must be an email',
      'property foo should not exist',
    ]);
    expect(fieldErrorsOf(error, ['email', 'name', 'password'])).toEqual({
      fields: { password: 'password must be at least 12 characters', email: 'email must be an email' },
      other: ['property foo should not exist'],
    });
  });
});

describe('xsrf', () => {
  it('reads the double-submit cookie among others', () => {
    expect(readCookie('XSRF-TOKEN', 'a=1; XSRF-TOKEN=abc%3D%3D; b=2')).toBe('abc==');
    expect(readCookie('XSRF-TOKEN', 'a=1')).toBeNull();
  });

  it('only state-changing methods need the header', () => {
    expect(['GET', 'HEAD', 'POST', 'put', 'PATCH', 'DELETE'].map(needsXsrfToken)).toEqual([
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
  });
});
