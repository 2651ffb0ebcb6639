import { expect, it } from 'vitest';
import { editDistance, suggestKey } from '../../src/workload/key-suggestion.js';

it('a typo is matched to the allowed key it most likely meant, and only then', () => {
  expect(editDistance('usres', 'users')).toBe(1);
  expect(suggestKey('usres', ['name', 'pool', 'users'])).toBe('users');
  expect(suggestKey('Users', ['name', 'pool', 'users'])).toBe('users');
  expect(suggestKey('sessionPerServer', ['servers', 'sessionsPerServer'])).toBe('sessionsPerServer');
  expect(suggestKey('colour', ['name', 'pool', 'users'])).toBeUndefined();
  expect(suggestKey('ab', ['p2p'])).toBeUndefined();
});
