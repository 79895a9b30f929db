/**
 * API integration tests (*.int-spec.ts): through HTTP to a real PostgreSQL — DATABASE_URL when
 * set, else an embedded PGlite started in globalSetup. `nx run api:test-int`.
 * ts-node reads this file with swc, without type-checking it: about 1.5 CPU-s less per run.
 *
 * @jest-config-loader-options {"swc": true}
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
  setupFiles: ['<rootDir>/src/testing/worker-database.ts'],
  // two workers share the two cores with the unit tests and the background build: room for a slow moment
  testTimeout: 60_000,
  // Test files change global settings and count demo data, so two never share a database: each of
  // two workers has its own copy (global-setup.ts), on a PostgreSQL server a database, embedded
  // a PGlite in a process of its own (PGlite runs one query at a time on one thread).
  maxWorkers: 2,
  coverageDirectory: '../../coverage/apps/api-int',
};
