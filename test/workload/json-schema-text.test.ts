import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { workloadJsonSchema } from '../../src/workload/index.js';

it('schema/workload.schema.json is, byte for byte, the generated schema as `avsim schema` prints it (two-space indents, final newline)', () => {
  const copy = readFileSync(new URL('../../schema/workload.schema.json', import.meta.url), 'utf8');
  expect(copy).toBe(`${JSON.stringify(workloadJsonSchema(), null, 2)}\n`);
});
