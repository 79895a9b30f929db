export * from './assessment';
export * from './obligations';
export * from './escalations';
export * from './breaches';
export * from './authority-notifications';
