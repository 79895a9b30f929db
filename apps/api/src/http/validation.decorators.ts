import { validateAssessmentFacts } from '@lekwacht/domain';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { DOMAIN_CHECK, DOMAIN_MESSAGE_SEPARATOR, fieldErrorOf } from '../errors/field-error';

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

/** A domain validator's answer: its messages, none when it accepted the value. */
export const messagesOf = (result: { ok: true } | { ok: false; errors: readonly string[] }): readonly string[] =>
  result.ok ? [] : result.errors;

/**
 * The property is checked by a validator of libs/domain, so each rule is written once, there.
 * `check` returns the validator's messages for the value, worded "<path> <rule phrase>" with
 * paths from the body's root; the error body reads each message's path and rule from it
 * (`fieldErrorsOfValidation`). Runs for a missing property too, unless the DTO says otherwise.
 */
export function CheckedByDomain(
  check: (value: unknown, args: ValidationArguments) => readonly string[],
  options?: ValidationOptions,
) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: DOMAIN_CHECK,
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => !args || check(value, args).length === 0,
        defaultMessage: (args: ValidationArguments) => check(args.value, args).join(DOMAIN_MESSAGE_SEPARATOR),
      },
    });
}

/** The assessment facts, checked by the same validator the assessment engine uses. */
export const IsAssessmentFacts = (options?: ValidationOptions) =>
  CheckedByDomain((value, args) => messagesOf(validateAssessmentFacts(value, { path: args.property })), options);

/** The engine's messages about a body that is the facts themselves, once per body (every property asks). */
const factsMessages = new WeakMap<object, readonly string[]>();

function factsMessagesOf(body: object): readonly string[] {
  let messages = factsMessages.get(body);
  if (!messages) {
    // unknown properties are the pipe's to refuse (whitelist), like in every other body
    messages = messagesOf(validateAssessmentFacts(body, { forbidUnknownProperties: false }));
    factsMessages.set(body, messages);
  }
  return messages;
}

/**
 * One property of a body that is the assessment facts as a whole: the engine's validator checks
 * the whole body (rules across fields, such as a reason for an adjustment, included), and each
 * property gets the messages that name it.
 */
export const IsAssessmentFact = (options?: ValidationOptions) =>
  CheckedByDomain((_value, args) => {
    const own = (message: string) => {
      const path = fieldErrorOf(message, 'invalid').path;
      return path === args.property || path.startsWith(`${args.property}.`);
    };
    return factsMessagesOf(args.object).filter(own);
  }, options);
