import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../src/workload/index.js';

const folder = fileURLToPath(new URL('../../workloads/', import.meta.url));
const files = readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort();

describe('every workload shipped in workloads/ loads, with all its scenarios', () => {
  it('the folder holds workloads', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files)('%s', (name) => {
    const scenarios = loadScenarios(`${folder}${name}`);
    expect(scenarios.length).toBeGreaterThan(0);
  });
});
