export * from './timeliness';
