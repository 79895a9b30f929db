import { makeKeyring } from '../../audit/audit-chain';

/** A fixed audit keyring for unit tests of the secret box. */
export const AUDIT_KEY_RING = makeKeyring('lekwacht-unit-test-audit-key-0123456789');
