import type { ObligationKind } from '../breaches/breach-types';

/** Where a customer duty's deadline comes from (OpenObligationDto.termsSource). */
export type TermsSource = 'agreement' | 'default';

/** The privacy statement's promise when nothing else was agreed. */
export const DEFAULT_CUSTOMER_HOURS = 48;

/** What the label needs of a duty: its kind and, for a customer, the terms it follows. */
export interface BasisInput {
  kind: ObligationKind;
  /**
   * null: no snapshot (registered before terms existed), so the 48-hour default applies;
   * undefined: not told (the breach's own obligation list does not carry it).
   */
  termsSource?: TermsSource | null;
  termsDeadlineHours?: number | null;
}

/**
 * The kind of duty: statutory (the AP, GDPR art. 33; data subjects, art. 34), contractual (the
 * customer's processing agreement, snapshotted at registration), or our own commitment (the
 * privacy statement's 48 hours, when the customer agreed nothing).
 */
export type BasisKind = 'statutory' | 'contractual' | 'commitment';

export interface Basis {
  kind: BasisKind;
  /** i18n key under `obligationBasis`, with its parameters. */
  key: string;
  params?: { hours: number };
}

export function basisOf(o: BasisInput): Basis {
  switch (o.kind) {
    case 'authority':
      return { kind: 'statutory', key: 'obligationBasis.authority' };
    case 'data_subjects':
      return { kind: 'statutory', key: 'obligationBasis.dataSubjects' };
    case 'customer':
      if (o.termsSource === 'agreement') return { kind: 'contractual', key: 'obligationBasis.agreement' };
      // not told which: say it is the customer's terms without claiming which ones
      if (o.termsSource === undefined) return { kind: 'contractual', key: 'obligationBasis.customer' };
      return {
        kind: 'commitment',
        key: 'obligationBasis.default',
        params: { hours: o.termsDeadlineHours ?? DEFAULT_CUSTOMER_HOURS },
      };
  }
}

/** The same basis in words, e.g. "Wettelijk · AVG art. 33", "Contractueel · verwerkersovereenkomst". */
export const basisLabel = (o: BasisInput, t: (key: string, params?: Record<string, unknown>) => string): string => {
  const b = basisOf(o);
  return t(b.key, b.params);
};
