import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { UpdateBreachDto } from '../breaches/breach.dto';
import { fieldErrorOf, fieldErrorsOfValidation } from './field-error';

/** What the global ValidationPipe sees for a PATCH /api/breaches/:id body. */
function validationErrorsOf(body: object) {
  const dto = plainToInstance(UpdateBreachDto, body);
  return fieldErrorsOfValidation(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }));
}

describe('fieldErrorsOfValidation', () => {
  it('names the field, the constraint and its limit of a too long title', () => {
    expect(validationErrorsOf({ title: 'x'.repeat(301) })).toEqual([
      {
        path: 'title',
        rule: 'maxLength',
        message: 'title must be shorter than or equal to 300 characters',
        params: { limit: 300 },
      },
    ]);
  });

  it('joins nested paths with dots, with the index of the list item', () => {
    const errors = validationErrorsOf({
      affectedCustomers: [{ customerId: '6f1c1d3e-9a4b-4c2d-8e3f-1a2b3c4d5e6f', subjectsCount: -1, role: 'processor' }],
    });
    expect(errors).toEqual([
      {
        path: 'affectedCustomers.0.subjectsCount',
        rule: 'min',
        message: 'affectedCustomers.0.subjectsCount must not be less than 0',
        params: { limit: 0 },
      },
    ]);
  });

  it('reports a time without offset as isInstant and an unknown property as unknownProperty', () => {
    const errors = validationErrorsOf({ containedAt: '2026-11-20T10:30', colour: 'red' });
    expect(errors.map(({ path, rule }) => ({ path, rule }))).toEqual([
      { path: 'colour', rule: 'unknownProperty' },
      { path: 'containedAt', rule: 'isInstant' },
    ]);
  });

  it('keeps the per-field paths of the assessment facts validator', () => {
    const errors = validationErrorsOf({ facts: { role: 'landlord' } });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.path.startsWith('facts.'))).toBe(true);
    expect(errors.find((e) => e.path === 'facts.role')).toMatchObject({ rule: 'isIn' });
  });
});

describe('fieldErrorOf', () => {
  it.each([
    ['occurredAt must not be after discoveredAt', 'occurredAt', 'notAfter'],
    ['containedAt must not be in the future', 'containedAt', 'notInFuture'],
    ['each value in facts.dataCategories must be one of the following values: a, b', 'facts.dataCategories', 'isIn'],
    ['steps.0.type must be one of a, b', 'steps.0.type', 'isIn'],
    ['email x@y.nl is already in use', 'email', 'inUse'],
    ['steps.0.trigger.hours must be at least 1', 'steps.0.trigger.hours', 'min'],
    ['breach has open obligations: authority', 'breach', 'openObligations'],
  ])('%s → %s / %s', (message, path, rule) => {
    expect(fieldErrorOf(message, 'invalid')).toMatchObject({ path, rule, message });
  });

  it('gives a message that names no field the fallback rule and an empty path', () => {
    expect(fieldErrorOf('not your breach', 'forbidden')).toEqual({
      path: '',
      rule: 'forbidden',
      message: 'not your breach',
    });
    expect(fieldErrorOf('four-eyes: the submitter cannot approve', 'forbidden')).toEqual({
      path: '',
      rule: 'fourEyes',
      message: 'four-eyes: the submitter cannot approve',
    });
    expect(fieldErrorOf('invalid', 'invalid')).toEqual({ path: '', rule: 'invalid', message: 'invalid' });
  });
});
