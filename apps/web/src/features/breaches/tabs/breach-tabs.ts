/** The breach page's tabs, in order; each is a path: /breaches/:id/:tab (the overview is /breaches/:id). */
export const BREACH_TABS = [
  'overview',
  'assessment',
  'authority',
  'customers',
  'tasks',
  'evidence',
  'escalations',
  'timeline',
] as const;
export type BreachTab = (typeof BREACH_TABS)[number];

export const isBreachTab = (value: string | undefined): value is BreachTab =>
  (BREACH_TABS as readonly string[]).includes(value ?? '');

export const breachTabPath = (breachId: string, tab: BreachTab) =>
  tab === 'overview' ? `/breaches/${breachId}` : `/breaches/${breachId}/${tab}`;

/**
 * The tab a URL asks for: the path segment, or an old-style `#tasks` anchor (links in mails sent
 * before the page had tabs), else the overview.
 */
export function tabOfLocation(segment: string | undefined, hash: string): BreachTab {
  if (isBreachTab(segment)) return segment;
  const anchor = hash.replace(/^#/, '');
  return isBreachTab(anchor) ? anchor : 'overview';
}
