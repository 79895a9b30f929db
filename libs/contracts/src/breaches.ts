export const BREACH_CAUSES = [
  'hacking',
  'malware',
  'lost_or_stolen_device',
  'misdirected_mail',
  'employee_error',
  'insider_misuse',
  'social_engineering',
  'other',
] as const;
export type BreachCause = (typeof BREACH_CAUSES)[number];

export const BREACH_STATUSES = ['open', 'closed'] as const;
export type BreachStatus = (typeof BREACH_STATUSES)[number];

export const CUSTOMER_ROLES = ['controller', 'processor'] as const;
export type CustomerRole = (typeof CUSTOMER_ROLES)[number];
