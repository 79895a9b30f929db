/**
 * API unit tests (*.spec.ts): pure, no database, run in parallel — `nx test api`, seconds.
 * The integration tests through HTTP to a real PostgreSQL are `nx run api:test-int`
 * (jest.int.config.cts); `npm test` runs both.
 * ts-node reads this file with swc, without type-checking it: about 1.5 CPU-s less per run.
 *
 * @jest-config-loader-options {"swc": true}
 */
module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': require('../../jest.swc.js') },
  moduleFileExtensions: ['ts', 'js', 'html'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '../../coverage/apps/api',
};
