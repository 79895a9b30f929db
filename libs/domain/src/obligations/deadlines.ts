import { epochMs, hoursToMs } from './elapsed-time';
import { type ObligationBasis, type ObligationKind } from './obligation-kinds';

/** GDPR art. 33(1). */
export const AUTHORITY_DEADLINE_HOURS = 72;
/** The vendor's privacy statement, section "Meldplicht datalekken". */
export const CUSTOMER_DEADLINE_HOURS = 48;

/**
 * null for data subjects: art. 34 says "without undue delay", and inventing a number of hours
 * would suggest that informing them later than necessary but within that number is fine.
 */
export function obligationDeadlineHours(kind: ObligationKind): number | null {
  switch (kind) {
    case 'authority':
      return AUTHORITY_DEADLINE_HOURS;
    case 'customer':
      return CUSTOMER_DEADLINE_HOURS;
    case 'data_subjects':
      return null;
  }
}

export function obligationDueAt(kind: ObligationKind, discoveredAt: Date): Date | null {
  const discoveredMs = epochMs('discoveredAt', discoveredAt);
  const hours = obligationDeadlineHours(kind);
  return hours === null ? null : new Date(discoveredMs + hoursToMs(hours));
}

export function obligationBasis(kind: ObligationKind): ObligationBasis {
  switch (kind) {
    case 'authority':
      return 'statutory';
    case 'customer':
      return 'policy';
    case 'data_subjects':
      return 'without_undue_delay';
  }
}
