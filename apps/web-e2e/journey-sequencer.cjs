/**
 * Splits the browser journeys over CI's two shards by how long each takes (seconds, roughly, from
 * CI runs), longest first onto the lighter shard, so both finish near the same time. Jest's own
 * split is by a hash of the path and put the four longest journeys on one shard. A journey not in
 * the table counts as 30 seconds.
 */
const Sequencer = require('@jest/test-sequencer').default;

const SECONDS = {
  'accessibility.e2e.ts': 140,
  'customer-notices.e2e.ts': 104,
  'accessibility-oversight.e2e.ts': 85,
  'tasks.e2e.ts': 66,
  'administration.e2e.ts': 44,
  'manager-oversight.e2e.ts': 34,
  'authority-notification.e2e.ts': 33,
  'mfa.e2e.ts': 33,
  'edit-breach.e2e.ts': 25,
  'duties.e2e.ts': 20,
  'sso.e2e.ts': 20,
  'evidence.e2e.ts': 15,
  'webhooks.e2e.ts': 15,
  'user-management.e2e.ts': 15,
  'register-breach.e2e.ts': 15,
  'sessions.e2e.ts': 10,
  'login.e2e.ts': 10,
};
const seconds = (test) => SECONDS[test.path.split('/').pop()] ?? 30;

class JourneySequencer extends Sequencer {
  shard(tests, { shardIndex, shardCount }) {
    const load = Array.from({ length: shardCount }, () => 0);
    const shards = Array.from({ length: shardCount }, () => []);
    const longestFirst = [...tests].sort((a, b) => seconds(b) - seconds(a) || (a.path < b.path ? -1 : 1));
    for (const test of longestFirst) {
      const lightest = load.indexOf(Math.min(...load));
      load[lightest] += seconds(test);
      shards[lightest].push(test);
    }
    return shards[shardIndex - 1];
  }
}

module.exports = JourneySequencer;
