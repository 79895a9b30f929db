import { type RecipientSpec } from './escalation-policy';

export interface ResolvedRecipients {
  /** Never contains `contact_person` when the breach has none; no duplicates. */
  recipients: RecipientSpec[];
  /** True when management stands in for a missing contact person, so mail and timeline can say why. */
  contactPersonReplaced: boolean;
}

/**
 * A missing contact person is replaced by management at that very step rather than left out:
 * the contact-person step is the moment the policy says "someone beyond the officer must look
 * now", and an acknowledgement that can never come must not delay that by the timeout.
 * Exported so the engine can re-resolve at fire time if the contact person changed since planning.
 */
export function resolveRecipients(
  specs: readonly RecipientSpec[],
  { hasContactPerson }: { hasContactPerson: boolean },
): ResolvedRecipients {
  const recipients: RecipientSpec[] = [];
  const seen = new Set<string>();
  let contactPersonReplaced = false;
  for (const spec of specs) {
    let resolved = spec;
    if (spec === 'contact_person' && !hasContactPerson) {
      resolved = 'management';
      contactPersonReplaced = true;
    }
    const key = typeof resolved === 'string' ? `role:${resolved}` : `user:${resolved.userId}`;
    if (!seen.has(key)) {
      seen.add(key);
      recipients.push(typeof resolved === 'string' ? resolved : { userId: resolved.userId });
    }
  }
  return { recipients, contactPersonReplaced };
}
