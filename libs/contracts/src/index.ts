export * from './users';
export * from './breaches';
