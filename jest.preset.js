// Every test process computes in UTC so that clock arithmetic never depends on the host zone.
process.env.TZ = 'UTC';
const nxPreset = require('@nx/jest/preset').default;

module.exports = { ...nxPreset };
