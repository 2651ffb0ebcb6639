import { expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/index.js';
import { problemsOf } from './helpers.js';

const WITH_REMOTE = (remote: string): string => `name: t
deployment:
  edges: [{ name: edge }]
  pools: [{ name: pool1, edge: edge }]
  sites: [{ name: hq, pool: pool1, users: 100 }]
  remote: ${remote}
traffic:
  conferenceParticipants: { remote: 0.25 }
`;

// Remote conference participants need remote users. A typo of the users key leaves them
// at their default, 0: the message says the count was not given, not that it "is 0".
it('remote meeting participants without remote users: the message tells a count of 0 from a count not given', () => {
  expect(problemsOf(() => parseWorkloadText(WITH_REMOTE('{ users: 0 }'), 'w.yaml'))).toEqual([
    'traffic.conferenceParticipants.remote: expected 0 with no remote users (deployment.remote.users is 0), got 0.25',
  ]);
  expect(problemsOf(() => parseWorkloadText(WITH_REMOTE('{ usres: 300 }'), 'w.yaml'))).toEqual([
    'deployment.remote.usres: unknown key "usres" (did you mean "users"? allowed: users, pool, p2pFailureShare)',
    'traffic.conferenceParticipants.remote: expected 0 with no remote users (deployment.remote.users is not given, so 0), got 0.25',
  ]);
  // A count that is not one is told once, by its own problem.
  expect(problemsOf(() => parseWorkloadText(WITH_REMOTE('{ users: many }'), 'w.yaml'))).toEqual(['deployment.remote.users: expected a non-negative integer, got "many" (string)']);
  expect(parseWorkloadText(WITH_REMOTE('{ users: 300 }'), 'w.yaml').deployment.remote.users).toBe(300);
});
