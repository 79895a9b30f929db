export * from './content';
export * from './form';
export * from './validate-content';
export * from './completeness';
export * from './prefill';
export * from './state-machine';
export * from './export-view';
export * from './approval-readiness';
