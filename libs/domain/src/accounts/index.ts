export * from './mfa-policy';
export * from './password-tokens';
export * from './recovery-codes';
