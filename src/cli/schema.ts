/** `avsim schema`: the workload file's JSON Schema on stdout. */
import { workloadJsonSchema } from '../workload/json-schema.js';
import type { Command } from './command.js';

export const schemaCommand: Command = {
  name: 'schema',
  usage: 'avsim schema',
  summary: "print the workload file's JSON Schema (also in schema/workload.schema.json)",
  help: `Prints the JSON Schema of workload files, for editors that complete and check YAML.`,
  flags: [],
  run() {
    process.stdout.write(`${JSON.stringify(workloadJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
