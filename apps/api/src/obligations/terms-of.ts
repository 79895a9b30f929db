import type { OpenObligationDto } from './obligation.dto';

/** The snapshotted notification terms a customer duty follows, as the clock board labels them. */
export function termsOf(
  r: Record<string, unknown>,
): Pick<OpenObligationDto, 'termsSource' | 'termsDeadlineHours' | 'termsCountedFrom'> {
  const agreed = r['terms_agreed'] as boolean | null;
  if (r['kind'] !== 'customer' || agreed === null || agreed === undefined)
    return { termsSource: null, termsDeadlineHours: null, termsCountedFrom: null };
  return {
    termsSource: agreed ? 'agreement' : 'default',
    termsDeadlineHours: (r['terms_deadline_hours'] as number | null) ?? null,
    termsCountedFrom: (r['terms_counted_from'] as OpenObligationDto['termsCountedFrom']) ?? null,
  };
}
