/**
 * The large workload's CAC ratio (bench/run.ts, section large), in a process of its own:
 *
 *   node dist/bench/cac-pairs.js PAIRS FORM
 *
 * Simulated calls per second of replication 0, 1, ... of the large workload without
 * CAC and with CAC in FORM (`sites`: on every site; `regions`: two regions joined by a
 * region link), taking turns replication by replication (in reverse order every other
 * one), after two replications each to warm the code. Prints the median over the pairs
 * of the rate with CAC over the rate without.
 *
 * A process for each comparison, holding the two workloads compared and nothing else,
 * as a worker of `avsim run` holds one workload: code that has also run other models
 * (the kernel section's, on the same simulator) or a third CAC form is optimised for
 * all of them at once, and is slower for each (docs/performance.md, large).
 */
import { fileURLToPath } from 'node:url';
import { median } from 'simple-statistics';
import { compileWorkload } from '../src/model/compiled.js';
import { runReplication } from '../src/model/replication.js';
import { tuneV8 } from '../src/parallel/v8-tuning.js';
import { largeWorkload } from './large-workload.js';

type Form = 'none' | 'sites' | 'regions';

function pairedReplications(forms: readonly Form[], count: number): Map<Form, number[]> {
  const runs = forms.map((cac) => {
    const workload = largeWorkload({ cac });
    const compiled = compileWorkload(workload);
    return (replication: number): number => {
      const begun = performance.now();
      const result = runReplication({ workload, scenario: 0, replication, seed: workload.seed }, compiled);
      return result.callsSimulated / ((performance.now() - begun) / 1000);
    };
  });
  for (const warm of [count, count + 1]) runs.forEach((run) => run(warm));
  const rates = new Map(forms.map((cac) => [cac, [] as number[]]));
  for (let r = 0; r < count; r++) {
    const order = r % 2 === 0 ? forms.map((_, k) => k) : forms.map((_, k) => forms.length - 1 - k);
    for (const k of order) rates.get(forms[k]!)!.push(runs[k]!(r));
  }
  return rates;
}

function main(): void {
  const [count, form] = process.argv.slice(2);
  const pairs = Number(count);
  if (!(Number.isInteger(pairs) && pairs >= 1) || (form !== 'sites' && form !== 'regions')) throw new Error('usage: cac-pairs.js PAIRS sites|regions');
  tuneV8(); // as avsim's worker threads run
  const rate = pairedReplications(['none', form], pairs);
  process.stdout.write(`${median(rate.get(form)!.map((r, i) => r / rate.get('none')![i]!))}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
