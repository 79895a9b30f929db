// Every test process computes in UTC so that clock arithmetic never depends on the host zone.
process.env.TZ = 'UTC';
const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  // otplib's base32 and HMAC plugins (@scure/base, @noble/hashes) ship ES modules only: transform them.
  // So do openid-client 6 and its oauth4webapi and jose (single sign-on; Node itself require()s them).
  transformIgnorePatterns: [
    '/node_modules/(?!(@scure/base|@noble/hashes|openid-client|oauth4webapi|jose)/)(?!.*/node_modules/(@scure/base|@noble/hashes|openid-client|oauth4webapi|jose)/)',
  ],
};
