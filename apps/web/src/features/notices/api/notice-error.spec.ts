import { ApiError } from '../../../api/api-error';
import i18n from '../../../i18n/i18n';
import { noticeErrorText } from './notice-error';

const t = i18n.t.bind(i18n);
const missing = (...paths: string[]) =>
  new ApiError(
    400,
    paths.map((p) => `${p} is required: …`),
    'Bad Request',
    paths.map((path) => ({ path, rule: 'required', message: `${path} is required: …` })),
  );

describe('noticeErrorText: the 400 of drafting notices without a customer text', () => {
  afterEach(() => i18n.changeLanguage('nl'));

  it('says which customer text is missing, in which language, and where to write it (Dutch UI)', async () => {
    await i18n.changeLanguage('nl');
    const text = noticeErrorText(missing('customerMeasures.en'), t);
    expect(text).toContain('De maatregelen voor klanten staan er in het Nederlands, maar niet in het Engels');
    expect(text).toContain('Feiten › Afhandeling');
    expect(text).not.toContain('is required');
    expect(text).not.toContain('customerMeasures');
  });

  it('names each missing text, summary and consequences too, in the English UI', async () => {
    await i18n.changeLanguage('en');
    const text = noticeErrorText(missing('customerSummary.nl', 'customerConsequences.en'), t);
    expect(text).toContain('First write a Dutch summary for customers');
    expect(text).toContain('The consequences for customers are written in Dutch but not in English');
    expect(text).not.toContain('is required');
  });

  it('translates other problems as before, with the field label from apiErrors.fields', async () => {
    await i18n.changeLanguage('nl');
    const error = new ApiError(400, ['customerMeasures.nl must be shorter'], 'Bad Request', [
      {
        path: 'customerMeasures.nl',
        rule: 'maxLength',
        message: 'customerMeasures.nl must be shorter',
        params: { limit: 20000 },
      },
    ]);
    expect(noticeErrorText(error, t)).toBe('Maatregelen voor klanten (Nederlands): Gebruik hoogstens 20000 tekens.');
    expect(noticeErrorText(new ApiError(403, []), t)).toBe('Je hebt geen rechten voor deze actie.');
  });
});
