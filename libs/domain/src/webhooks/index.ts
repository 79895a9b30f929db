export * from './webhook-events';
export * from './webhook-messages';
export * from './webhook-url';
