import type { ValidationError } from 'class-validator';

/**
 * One machine-readable problem in an error body, beside the human `message`:
 * `path` names the input field ("affectedCustomers.0.subjectsCount", "" for the request as a
 * whole), `rule` the check that failed (class-validator's constraint names where a DTO failed,
 * e.g. `maxLength`, `isInstant`; otherwise one of {@link DOMAIN_RULES}), `message` the English
 * text. The web app maps `path` to its form fields and translates by `rule`, so it never parses
 * the English text.
 */
export interface FieldError {
  path: string;
  rule: string;
  message: string;
  /** Values the rule was checked against, when the message names them (e.g. `{ limit: 300 }`). */
  params?: Record<string, string | number>;
}

/** class-validator's name for a property checked by a validator of libs/domain (`CheckedByDomain`). */
export const DOMAIN_CHECK = 'domainCheck';
/** Joins a domain validator's messages into one class-validator message; {@link fieldErrorsOfValidation} splits them. */
export const DOMAIN_MESSAGE_SEPARATOR = '\n';

/** Rules of domain validators and of errors that are not about one field. */
export const DOMAIN_RULES = [
  'required',
  'notInFuture',
  'notAfter',
  'notBefore',
  'isIn',
  'isInt',
  'isString',
  'isBoolean',
  'isObject',
  'unique',
  'unknownProperty',
  'closed',
  'openObligations',
  'inUse',
  'invalid',
  'notFound',
  'conflict',
  'forbidden',
  'fourEyes',
  'unauthenticated',
  'invalidJson',
  'tooLarge',
  'unsupportedType',
  'unreadable',
  'rateLimited',
] as const;

/** A field path: identifiers and indexes joined by dots ("facts.subjectsCount", "steps.0.id"). */
const PATH = /^[A-Za-z_$][\w$]*(\.[\w$]+)*$/;

/**
 * Domain validators word their messages like class-validator ("<path> must not be in the
 * future"); the phrase after the path says which rule failed. First match wins.
 */
const PHRASES: [RegExp, string][] = [
  [/^(is required|should not be empty|must be defined)\b/, 'required'],
  [/^must not be in the future\b/, 'notInFuture'],
  [/^must not be after (\S+)/, 'notAfter'],
  [/^must not be before (\S+)/, 'notBefore'],
  [/^(must be one of|must contain only)\b/, 'isIn'],
  [/^must be an integer\b/, 'isInt'],
  [/^must be at least (-?\d+(\.\d+)?)$/, 'min'],
  [/^must be a string\b/, 'isString'],
  [/^must be a boolean\b/, 'isBoolean'],
  [/^must be an object\b/, 'isObject'],
  [/^(must be unique|must not name .* twice)\b/, 'unique'],
  [/^(should not exist|is not a section)\b/, 'unknownProperty'],
  [/^is (already )?closed\b/, 'closed'],
  [/^has open obligations\b/, 'openObligations'],
  [/^\S+ is already in use$/, 'inUse'],
];

/** Reads `path` and `rule` out of a domain message; messages that name no field get `fallbackRule`. */
export function fieldErrorOf(message: string, fallbackRule: string): FieldError {
  // the one refusal a user must be able to read in their own language: someone else has to approve
  if (message.startsWith('four-eyes:')) return { path: '', rule: 'fourEyes', message };
  const words = message.split(' ');
  const first = words[0] ?? '';
  // "each value in facts.dataCategories must be one of …" names its field after the preamble
  const [candidate, rest] =
    first === 'each' && words[1] === 'value' && words[2] === 'in'
      ? [words[3] ?? '', words.slice(4).join(' ')]
      : [first, words.slice(1).join(' ')];
  if (!PATH.test(candidate) || rest === '') return { path: '', rule: fallbackRule, message };
  for (const [phrase, rule] of PHRASES) {
    const match = phrase.exec(rest);
    if (match) {
      if (rule === 'min') return { path: candidate, rule, message, params: { limit: Number(match[1]) } };
      const other = rule === 'notAfter' || rule === 'notBefore' ? match[1] : undefined;
      return other ? { path: candidate, rule, message, params: { other } } : { path: candidate, rule, message };
    }
  }
  // "<path> must …" names a field even when the rule is not one of ours; "already sent" does not
  const namesField = /^(must|should|is|are|has)\b/.test(rest);
  return { path: namesField ? candidate : '', rule: fallbackRule, message };
}

/** The number a class-validator length/size/range message names ("… shorter than or equal to 300 characters"). */
function limitOf(message: string): number | undefined {
  const match = /(-?\d+(\.\d+)?)(?!.*\d)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

const WITH_LIMIT = new Set(['minLength', 'maxLength', 'min', 'max', 'arrayMinSize', 'arrayMaxSize']);

/**
 * class-validator's errors as field errors, one per failed constraint, nested paths joined by
 * dots. The message keeps the nested prefix ("affectedCustomers.0.subjectsCount must not be …").
 */
export function fieldErrorsOfValidation(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const path = `${prefix}${e.property}`;
    const own = Object.entries(e.constraints ?? {}).flatMap(([rule, raw]): FieldError[] => {
      const prefixed = (text: string) => (prefix && text.startsWith(e.property) ? `${prefix}${text}` : text);
      // a domain validator words its messages "<path> <rule phrase>": one field error per message,
      // read as if the service had thrown them (a message that names no field has path "")
      if (rule === DOMAIN_CHECK) {
        return raw
          .split(DOMAIN_MESSAGE_SEPARATOR)
          .filter(Boolean)
          .map((part) => fieldErrorOf(prefixed(part), 'invalid'));
      }
      const message = prefixed(raw);
      if (rule === 'whitelistValidation') return [{ path, rule: 'unknownProperty', message }];
      const limit = WITH_LIMIT.has(rule) ? limitOf(message) : undefined;
      return [limit === undefined ? { path, rule, message } : { path, rule, message, params: { limit } }];
    });
    return [...own, ...fieldErrorsOfValidation(e.children ?? [], `${path}.`)];
  });
}
