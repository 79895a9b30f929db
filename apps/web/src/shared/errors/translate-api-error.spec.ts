import i18n from '../../i18n/i18n';
import { ApiError } from '../../api/api-error';
import { lineOf, shownErrorsOf, translateFieldError } from './translate-api-error';

const body400 = (errors: { path: string; rule: string; message: string; params?: Record<string, string | number> }[]) =>
  new ApiError(
    400,
    errors.map((e) => e.message),
    'Bad Request',
    errors,
  );

describe('translateFieldError / shownErrorsOf', () => {
  afterEach(() => i18n.changeLanguage('nl'));

  it('translates by rule and field label, in Dutch, without the API English', async () => {
    await i18n.changeLanguage('nl');
    const t = i18n.t.bind(i18n);
    const shown = shownErrorsOf(
      body400([
        { path: 'containedAt', rule: 'notInFuture', message: 'containedAt must not be in the future' },
        {
          path: 'containedAt',
          rule: 'notBefore',
          message: 'containedAt must not be before occurredAt',
          params: { other: 'occurredAt' },
        },
        {
          path: 'title',
          rule: 'maxLength',
          message: 'title must be shorter than or equal to 300 characters',
          params: { limit: 300 },
        },
      ]),
      t,
    );
    expect(shown.map(lineOf)).toEqual([
      'Ingedamd op: Mag niet in de toekomst liggen.',
      'Ingedamd op: Mag niet eerder zijn dan Ontstaan op.',
      'Titel: Gebruik hoogstens 300 tekens.',
    ]);
    expect(JSON.stringify(shown)).not.toMatch(/must|characters/);
  });

  it('translates the same problem into English', async () => {
    await i18n.changeLanguage('en');
    const t = i18n.t.bind(i18n);
    expect(
      translateFieldError(
        { path: 'containedAt', rule: 'notInFuture', message: 'containedAt must not be in the future' },
        t,
      ),
    ).toEqual({ path: 'containedAt', field: 'Contained at', text: 'Must not be in the future.' });
  });

  it('prefers the form’s own label and reads class-validator aliases', async () => {
    await i18n.changeLanguage('nl');
    const t = i18n.t.bind(i18n);
    const e = translateFieldError(
      {
        path: 'affectedCustomers.2.customerId',
        rule: 'isUUID',
        message: 'affectedCustomers.2.customerId must be a UUID',
      },
      t,
      { 'affectedCustomers.customerId': 'Klant' },
    );
    expect(lineOf(e)).toBe('Klant: Kies een bestaande waarde uit de lijst.');
  });

  it('falls back to a translated generic text and keeps the English as detail for an unknown rule', async () => {
    await i18n.changeLanguage('nl');
    const t = i18n.t.bind(i18n);
    expect(translateFieldError({ path: 'x', rule: 'somethingNew', message: 'x must be something new' }, t)).toEqual({
      path: 'x',
      text: 'Deze invoer wordt niet geaccepteerd.',
      detail: 'x must be something new',
    });
    // an answer without structured errors (older API, proxy) is treated the same way
    expect(shownErrorsOf(new ApiError(409, ['only a draft notice can be edited']), t)).toEqual([
      { path: '', text: 'Deze invoer wordt niet geaccepteerd.', detail: 'only a draft notice can be edited' },
    ]);
  });

  it('keeps the English reason beside a translation that only says it was refused (conflict, forbidden)', async () => {
    await i18n.changeLanguage('nl');
    const t = i18n.t.bind(i18n);
    const message = 'four-eyes: the person who submitted the draft for approval cannot approve it';
    expect(
      shownErrorsOf(new ApiError(403, [message], 'Forbidden', [{ path: '', rule: 'forbidden', message }]), t),
    ).toEqual([{ path: '', text: 'Je hebt geen rechten voor deze actie.', detail: message }]);
  });

  it('names network failures, missing logins, 5xx and outages without API text', async () => {
    await i18n.changeLanguage('nl');
    const t = i18n.t.bind(i18n);
    expect(shownErrorsOf(new TypeError('Failed to fetch'), t)[0]?.text).toBe(t('errors.network'));
    expect(shownErrorsOf(new ApiError(401, ['not logged in']), t)[0]?.text).toBe(
      'Je bent niet (meer) ingelogd. Log opnieuw in.',
    );
    expect(shownErrorsOf(new ApiError(500, ['Internal server error']), t)[0]?.text).toBe(t('errors.unexpected'));
    expect(shownErrorsOf(new ApiError(503, ['database unavailable, try again shortly']), t)[0]?.text).toBe(
      t('apiErrors.unavailable'),
    );
    expect(
      shownErrorsOf(
        new ApiError(409, ['breach has open obligations: customer'], 'Conflict', [
          { path: 'breach', rule: 'openObligations', message: 'breach has open obligations: customer' },
        ]),
        t,
      ).map(lineOf),
    ).toEqual(['Er staan nog meldtermijnen open. Rond die eerst af.']);
  });
});
