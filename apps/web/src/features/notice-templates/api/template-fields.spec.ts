import { templateErrorsOf } from './template-fields';

describe('templateErrorsOf', () => {
  it('puts each message next to the field it names', () => {
    expect(
      templateErrorsOf([
        'bodyHtml: the template cannot be used: unescaped output ({{{…}}} or {{&…}}) is not allowed in the HTML body',
        'subject must be longer than or equal to 1 characters',
        'bodyText: the template cannot be used: Parse error on line 3',
        'something else',
      ]),
    ).toEqual({
      fields: {
        bodyHtml:
          'bodyHtml: the template cannot be used: unescaped output ({{{…}}} or {{&…}}) is not allowed in the HTML body',
        subject: 'subject must be longer than or equal to 1 characters',
        bodyText: 'bodyText: the template cannot be used: Parse error on line 3',
      },
      other: ['something else'],
    });
  });
});
