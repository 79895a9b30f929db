export * from './breach-times';
