/** Browser journeys: Playwright (playwright-core) drives Debian's Chromium against the built app. */
module.exports = {
  displayName: 'web-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': require('../../jest.swc.js') },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 60_000,
  // CI runs the journeys in two shards side by side (.ci/run): split by duration
  testSequencer: '<rootDir>/journey-sequencer.cjs',
  // one browser journey at a time: they share one app instance and a 2-core machine
  maxWorkers: 1,
};
