export * from './notification-terms';
export * from './rfc4180';
export * from './notification-terms-csv';
