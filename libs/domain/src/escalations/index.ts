export * from './escalation-policy';
export * from './default-escalation-policy';
export * from './validate-escalation-policy';
export * from './resolve-recipients';
export * from './planned-escalation';
export * from './plan-escalations';
export * from './recurrence';
export * from './acknowledgement-follow-up';
