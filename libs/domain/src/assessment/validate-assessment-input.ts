import {
  type AssessmentFacts,
  AVAILABILITY_LEVELS,
  CONFIDENTIALITY_LEVELS,
  DATA_CATEGORIES,
  type DataCategory,
  DPC_ADJUSTMENT_MAX,
  DPC_ADJUSTMENT_MIN,
  IDENTIFIABILITY_LEVELS,
  INTEGRITY_LEVELS,
  PROCESSING_ROLES,
} from './assessment-input';

export type AssessmentFactsValidation = { ok: true; facts: AssessmentFacts } | { ok: false; errors: string[] };

export interface AssessmentFactsValidationOptions {
  /** Prefix for field names when the facts are nested in a larger body, e.g. 'facts'. */
  path?: string;
  /** Reject properties the engine does not know (a typo would otherwise silently fall back to a default). */
  forbidUnknownProperties?: boolean;
}

/** Larger than any realistic breach (the EU has fewer than a billion residents), small enough to be exact. */
export const MAX_SUBJECTS_COUNT = 10_000_000_000;
export const MAX_DPC_ADJUSTMENT_REASON_LENGTH = 2000;

const KNOWN_PROPERTIES: ReadonlySet<string> = new Set<keyof AssessmentFacts>([
  'role',
  'dataCategories',
  'dpcAdjustment',
  'dpcAdjustmentReason',
  'subjectsCount',
  'vulnerableSubjects',
  'identifiability',
  'confidentiality',
  'integrity',
  'availability',
  'malicious',
  'dataUnintelligible',
  'recipientTrusted',
  'exfiltrationEvidence',
  'backupAvailable',
  'financialUndertaking',
]);

type Input = Record<string, unknown>;

/*
 * Messages follow class-validator's wording ("x must be one of the following values: …") so the
 * API can put them in its NestJS-style 400 body unchanged and clients see one style everywhere.
 */
class FactsReader {
  readonly errors: string[] = [];

  constructor(
    private readonly input: Input,
    private readonly path: string,
  ) {}

  name(field: string): string {
    return this.path === '' ? field : `${this.path}.${field}`;
  }

  oneOf<T extends string>(field: string, values: readonly T[], fallback?: T): T {
    const value = this.input[field];
    if ((value === undefined || value === null) && fallback !== undefined) return fallback;
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
    this.errors.push(`${this.name(field)} must be one of the following values: ${values.join(', ')}`);
    return values[0] as T;
  }

  boolean(field: string): boolean {
    const value = this.input[field];
    if (typeof value === 'boolean') return value;
    this.errors.push(`${this.name(field)} must be a boolean value`);
    return false;
  }

  nullableBoolean(field: string): boolean | null {
    const value = this.input[field];
    if (value === undefined || value === null) return null;
    return this.boolean(field);
  }

  integer(field: string, min: number, max: number): number | null {
    const value = this.input[field];
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.errors.push(`${this.name(field)} must be an integer number`);
      return null;
    }
    if (value < min) this.errors.push(`${this.name(field)} must not be less than ${min}`);
    if (value > max) this.errors.push(`${this.name(field)} must not be greater than ${max}`);
    return value;
  }

  categories(field: string): DataCategory[] {
    const value = this.input[field];
    if (!Array.isArray(value)) {
      this.errors.push(`${this.name(field)} must be an array`);
      return [];
    }
    if (value.length === 0) {
      this.errors.push(`${this.name(field)} must contain at least 1 elements`);
      return [];
    }
    const known = value.filter((entry): entry is DataCategory =>
      (DATA_CATEGORIES as readonly unknown[]).includes(entry),
    );
    if (known.length !== value.length) {
      this.errors.push(
        `each value in ${this.name(field)} must be one of the following values: ${DATA_CATEGORIES.join(', ')}`,
      );
    }
    // A category listed twice says nothing more; keep the first occurrence.
    return [...new Set(known)];
  }

  adjustmentReason(adjustment: number | null): string | null {
    const field = 'dpcAdjustmentReason';
    const value = this.input[field];
    if (value !== undefined && value !== null && typeof value !== 'string') {
      this.errors.push(`${this.name(field)} must be a string`);
      return null;
    }
    const reason = typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
    if (reason !== null && reason.length > MAX_DPC_ADJUSTMENT_REASON_LENGTH) {
      this.errors.push(
        `${this.name(field)} must be shorter than or equal to ${MAX_DPC_ADJUSTMENT_REASON_LENGTH} characters`,
      );
    }
    if (adjustment !== null && adjustment !== 0 && reason === null) {
      this.errors.push(`${this.name(field)} is required when ${this.name('dpcAdjustment')} is not 0`);
    }
    return reason;
  }

  unknownProperties(): void {
    for (const key of Object.keys(this.input)) {
      if (!KNOWN_PROPERTIES.has(key)) this.errors.push(`property ${this.name(key)} should not exist`);
    }
  }
}

function isPlainObject(input: unknown): input is Input {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/**
 * Checks untrusted input (an HTTP body) against the assessment input contract and fills the
 * defaults: identifiability 'maximum' (ENISA: assume direct identification unless shown
 * otherwise), dpcAdjustment 0, and null for the facts that may be unknown.
 */
export function validateAssessmentFacts(
  input: unknown,
  options: AssessmentFactsValidationOptions = {},
): AssessmentFactsValidation {
  const path = options.path ?? '';
  if (!isPlainObject(input)) {
    return {
      ok: false,
      errors: [`${path === '' ? 'facts' : path} must be an object`],
    };
  }
  const read = new FactsReader(input, path);
  if (options.forbidUnknownProperties ?? true) read.unknownProperties();

  // Read in the field order of the contract, so the errors come out in that order too.
  const role = read.oneOf('role', PROCESSING_ROLES);
  const dataCategories = read.categories('dataCategories');
  const dpcAdjustment =
    input['dpcAdjustment'] === undefined || input['dpcAdjustment'] === null
      ? 0
      : read.integer('dpcAdjustment', DPC_ADJUSTMENT_MIN, DPC_ADJUSTMENT_MAX);
  const facts: AssessmentFacts = {
    role,
    dataCategories,
    dpcAdjustment: dpcAdjustment ?? 0,
    dpcAdjustmentReason: read.adjustmentReason(dpcAdjustment),
    subjectsCount:
      input['subjectsCount'] === undefined || input['subjectsCount'] === null
        ? null
        : read.integer('subjectsCount', 0, MAX_SUBJECTS_COUNT),
    vulnerableSubjects: read.boolean('vulnerableSubjects'),
    identifiability: read.oneOf('identifiability', IDENTIFIABILITY_LEVELS, 'maximum'),
    confidentiality: read.oneOf('confidentiality', CONFIDENTIALITY_LEVELS),
    integrity: read.oneOf('integrity', INTEGRITY_LEVELS),
    availability: read.oneOf('availability', AVAILABILITY_LEVELS),
    malicious: read.boolean('malicious'),
    dataUnintelligible: read.boolean('dataUnintelligible'),
    recipientTrusted: read.boolean('recipientTrusted'),
    exfiltrationEvidence: read.nullableBoolean('exfiltrationEvidence'),
    backupAvailable: read.nullableBoolean('backupAvailable'),
    financialUndertaking: read.boolean('financialUndertaking'),
  };
  return read.errors.length > 0 ? { ok: false, errors: read.errors } : { ok: true, facts };
}
