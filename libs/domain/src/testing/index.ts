export * from './ap-answers';
