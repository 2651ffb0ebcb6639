import { expect, it } from 'vitest';
import { workloadJsonSchema } from '../../src/workload/index.js';

it('the JSON Schema (draft 2020-12, titled) lists every top-level field of WORKLOAD.md, and no other', () => {
  const schema = workloadJsonSchema() as { $schema: string; title: string; properties: Record<string, unknown> };
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.title).toBe('avsim workload');
  expect(Object.keys(schema.properties).sort()).toEqual(
    ['cac', 'deployment', 'description', 'name', 'network', 'scenarios', 'seed', 'simulation', 'traffic'].sort(),
  );
});
