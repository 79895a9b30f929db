/** Who caused a change: a logged-in user, the scheduler, or a customer through the portal. */
export interface Actor {
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, label: 'system' };
