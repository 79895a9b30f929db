import i18n from '../i18n/i18n';
import { ApiError } from './api-error';
import { fieldErrorsOf } from './field-errors';
import { needsXsrfToken, readCookie } from './xsrf';

describe('fieldErrorsOf', () => {
  beforeEach(() => i18n.changeLanguage('nl'));

  it('puts each problem on the field its path names, translated, and keeps the rest for the alert', () => {
    const error = new ApiError(
      400,
      [
        'password must be longer than or equal to 12 characters',
        'email must be an email',
        'property foo should not exist',
      ],
      'Bad Request',
      [
        {
          path: 'password',
          rule: 'minLength',
          message: 'password must be longer than or equal to 12 characters',
          params: { limit: 12 },
        },
        { path: 'email', rule: 'isEmail', message: 'email must be an email' },
        { path: 'foo', rule: 'unknownProperty', message: 'property foo should not exist' },
      ],
    );
    const result = fieldErrorsOf(error, ['email', 'name', 'password']);
    expect(result.fields).toEqual({
      password: 'Gebruik minstens 12 tekens.',
      email: 'Vul een geldig e-mailadres in.',
    });
    expect(result.other).toEqual(['Dit gegeven wordt niet ondersteund.']);
  });

  it('maps a nested path to the form field that holds it, and labels other fields in the alert', () => {
    const error = new ApiError(400, ['…'], 'Bad Request', [
      { path: 'contactPerson.email', rule: 'isEmail', message: 'contactPerson.email must be an email' },
      {
        path: 'affectedCustomers.0.subjectsCount',
        rule: 'min',
        message: 'affectedCustomers.0.subjectsCount must not be less than 0',
        params: { limit: 0 },
      },
    ]);
    const result = fieldErrorsOf(error, ['contactPerson', 'name'], {
      'affectedCustomers.subjectsCount': 'Aantal betrokkenen',
    });
    expect(result.fields).toEqual({ contactPerson: 'Vul een geldig e-mailadres in.' });
    expect(result.other).toEqual(['Aantal betrokkenen: Moet minstens 0 zijn.']);
  });

  it('shows the same in English when the UI is English', async () => {
    await i18n.changeLanguage('en');
    const error = new ApiError(400, ['containedAt must not be in the future'], 'Bad Request', [
      { path: 'containedAt', rule: 'notInFuture', message: 'containedAt must not be in the future' },
    ]);
    expect(fieldErrorsOf(error, ['containedAt']).fields).toEqual({ containedAt: 'Must not be in the future.' });
  });

  it('keeps old callers working on an answer without structured errors: field by first word, generic text', () => {
    const error = new ApiError(409, ['email a@b.nl is already in use', 'something else']);
    const result = fieldErrorsOf(error, ['email', 'name']);
    expect(result.fields).toEqual({
      // the Dutch screen never shows the API's English (issue #16 point 7)
      email: 'Deze invoer wordt niet geaccepteerd.',
    });
    expect(result.otherErrors).toEqual([
      { path: '', text: 'Deze invoer wordt niet geaccepteerd.', detail: 'something else' },
    ]);
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
