export * from './checklists';
export * from './task-state';
