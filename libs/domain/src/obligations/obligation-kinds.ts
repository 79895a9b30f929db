export const OBLIGATION_KINDS = ['authority', 'customer', 'data_subjects'] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

/**
 * Why the clock exists: the AP deadline is law (GDPR art. 33(1)), the customer deadline is the
 * vendor's own promise, and art. 34 sets no number of hours at all.
 */
export const OBLIGATION_BASES = ['statutory', 'policy', 'without_undue_delay'] as const;
export type ObligationBasis = (typeof OBLIGATION_BASES)[number];

export const OBLIGATION_STATES = ['open', 'fulfilled', 'not_required'] as const;
export type ObligationState = (typeof OBLIGATION_STATES)[number];
