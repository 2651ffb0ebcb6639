/**
 * Files for the calibrate and fit command tests: the round trip's workload as a YAML
 * file, one simulated day of its records as a CSV file, and small records files written
 * by hand.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ROUND_TRIP, simulatedDay, WITHOUT_RULE } from '../calibrate/round-trip-fixture.js';
import { HEADER } from '../calibrate/records-fixture.js';
import { tempDir } from '../support/temp.js';

export { HEADER };

/** A folder holding the round trip's workload (`round-trip.yaml`), the same without its firewall rule (`without-rule.yaml`) and one day of its records (`records.csv`). */
export async function roundTripFiles(seed = 301): Promise<{ dir: string; workload: string; withoutRule: string; records: string }> {
  const dir = tempDir('avsim-calibrate-');
  const workload = join(dir, 'round-trip.yaml');
  const withoutRule = join(dir, 'without-rule.yaml');
  const records = join(dir, 'records.csv');
  writeFileSync(workload, stringify(ROUND_TRIP));
  writeFileSync(withoutRule, stringify({ ...WITHOUT_RULE, name: 'without-rule' }));
  writeFileSync(records, (await simulatedDay(seed)).text);
  return { dir, workload, withoutRule, records };
}

/** Writes `text` to `name` in a new temporary folder; returns its path. */
export function tempFile(name: string, text: string): string {
  const path = join(tempDir('avsim-input-'), name);
  writeFileSync(path, text);
  return path;
}
