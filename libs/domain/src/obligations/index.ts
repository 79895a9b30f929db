export * from './obligation-kinds';
export { MS_PER_HOUR, hoursToMs } from './elapsed-time';
export * from './deadlines';
export * from './plan-obligations';
export * from './lateness';
export * from './obligation-transitions';
export * from './recompute-due-at';
export * from './data-subjects';
export * from './clock-board';
