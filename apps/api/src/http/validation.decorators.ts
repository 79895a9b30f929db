import { validateAssessmentFacts } from '@lekwacht/domain';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO-8601 instant with an explicit offset: a time without a zone is ambiguous. */
export function IsInstant(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isInstant',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value)),
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} must be an ISO-8601 date-time with an offset, e.g. 2026-11-20T10:30:00+01:00`,
      },
    });
}

/** The assessment facts, checked by the same validator the assessment engine uses. */
export function IsAssessmentFacts(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isAssessmentFacts',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => validateAssessmentFacts(value).ok,
        defaultMessage: (args: ValidationArguments) => {
          const result = validateAssessmentFacts(args.value, { path: args.property });
          return result.ok ? '' : result.errors.join('; ');
        },
      },
    });
}
