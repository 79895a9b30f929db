export * from './notice-labels';
export * from './notice-recipient';
export * from './notice-view';
export * from './breach-role';
