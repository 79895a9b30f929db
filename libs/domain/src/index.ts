export * from './assessment';
export * from './obligations';
export * from './escalations';
export * from './breaches';
