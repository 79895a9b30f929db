import { templateErrorsOf } from './template-fields';

describe('templateErrorsOf', () => {
  it('puts each problem next to the part it names, by kind, so the page can translate it', () => {
    expect(
      templateErrorsOf([
        'body: the template cannot be used: unescaped output ({{{…}}}, {{&…}} or their ~ forms) is not allowed; unknown field(s): breach.description, breach.title',
        'subject must be longer than or equal to 1 characters',
        'something else',
      ]),
    ).toEqual({
      fields: {
        body: [
          { kind: 'unescaped', detail: '{{{…}}}, {{&…}}' },
          { kind: 'unknownFields', detail: 'breach.description, breach.title' },
        ],
        subject: [{ kind: 'required', detail: 'must be longer than or equal to 1 characters' }],
      },
      other: ['something else'],
    });
  });

  it('keeps the parser’s words for syntax errors and refused constructs', () => {
    expect(
      templateErrorsOf([
        'subject: the template cannot be used: Parse error on line 1:',
        'body: the template cannot be used: helper "log" is not allowed (only {{field}}, {{#if}} and {{#unless}}); "this" is not a field (use a field from the list)',
        'body must be shorter than or equal to 50000 characters',
      ]).fields,
    ).toEqual({
      subject: [{ kind: 'syntax', detail: 'Parse error on line 1:' }],
      body: [
        { kind: 'notAllowed', detail: 'helper "log" is not allowed (only {{field}}, {{#if}} and {{#unless}})' },
        { kind: 'notAllowed', detail: '"this" is not a field (use a field from the list)' },
        { kind: 'tooLong', detail: 'must be shorter than or equal to 50000 characters' },
      ],
    });
  });
});
