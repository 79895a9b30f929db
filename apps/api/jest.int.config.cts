/**
 * API integration tests (*.int-spec.ts): through HTTP to a real PostgreSQL — DATABASE_URL when
 * set, else an embedded PGlite started in globalSetup. `nx run api:test-int`.
 */
module.exports = {
  displayName: 'api-int',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': require('../../jest.swc.js') },
  moduleFileExtensions: ['ts', 'js', 'html'],
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
  testTimeout: 30_000,
  // Integration tests share one database and some change global settings: run files one by one.
  maxWorkers: 1,
  coverageDirectory: '../../coverage/apps/api-int',
};
