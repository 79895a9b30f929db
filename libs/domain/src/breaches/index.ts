export * from './breach-times';
export * from './breach-labels';
