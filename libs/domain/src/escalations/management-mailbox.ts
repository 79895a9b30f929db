/** A shared management mailbox that receives every management escalation besides the managers. */
export interface ManagementMailbox {
  name: string;
  email: string;
}

export type ManagementMailboxValidation =
  | { ok: true; value: ManagementMailbox | null }
  | { ok: false; errors: string[] };

/** Something, an @ and a dotted domain: the mail server is the judge of the rest. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Field-named errors, like the policy validator. null (or left out) is no shared mailbox; a
 * mailbox is kept with its name trimmed and its address in lower case.
 */
export function validateManagementMailbox(input: unknown, field = 'managementMailbox'): ManagementMailboxValidation {
  if (input === null || input === undefined) return { ok: true, value: null };
  const record = (typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const { name, email } = record;
  const errors: string[] = [];
  if (typeof input !== 'object' || typeof name !== 'string' || !name.trim())
    errors.push(`${field}.name must be a non-empty string`);
  if (typeof email !== 'string' || !EMAIL.test(email)) errors.push(`${field}.email must be an email`);
  return typeof name === 'string' && typeof email === 'string' && errors.length === 0
    ? { ok: true, value: { name: name.trim(), email: email.toLowerCase() } }
    : { ok: false, errors };
}
