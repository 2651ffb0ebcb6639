/**
 * The files that run shards on existing engines, which cannot run here (no cluster, no
 * Docker engine, no GitHub runner): each parses, and says what docs/sharding.md says it
 * does. The Kubernetes Indexed Job runs shard JOB_COMPLETION_INDEX + 1 of as many as it
 * has completions, into the folder the merge Job reads; the workflow starts only by hand
 * and merges what its matrix uploaded; the image's entry point is avsim with its Node
 * flags; the sizing script is valid sh.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { NODE_FLAGS } from '../../src/cli/node-flags.js';
import { ROOT } from '../support/workloads.js';

const text = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

interface Container {
  command?: string[];
  args: string[];
  volumeMounts: { name: string; mountPath: string }[];
}
interface PodJob {
  kind: string;
  spec: {
    completionMode?: string;
    completions?: number;
    parallelism?: number;
    template: { spec: { restartPolicy: string; containers: Container[]; volumes: { name: string; persistentVolumeClaim?: { claimName: string } }[] } };
  };
}

function documents(path: string): PodJob[] {
  const docs = parseAllDocuments(text(path));
  for (const doc of docs) expect(doc.errors, path).toEqual([]);
  return docs.map((doc) => doc.toJS() as PodJob);
}

it('the Indexed Job runs shard JOB_COMPLETION_INDEX + 1 of its completions into the folder the merge Job merges', () => {
  const shards = documents('deploy/kubernetes/indexed-job.yaml').find((d) => d.kind === 'Job')!;
  const { spec } = shards;
  expect(spec.completionMode).toBe('Indexed');
  expect(spec.parallelism).toBe(spec.completions);
  expect(spec.template.spec.restartPolicy).toBe('Never');
  const shell = spec.template.spec.containers[0]!.args.join(' ');
  expect(shell).toContain(`--shard "$((JOB_COMPLETION_INDEX + 1))/${spec.completions}"`);
  expect(shell).toMatch(new RegExp(`^exec node ${NODE_FLAGS.join(' ')} /app/dist/src/cli/main\\.js run `));
  const out = /--out (\S+)/.exec(shell)![1]!;

  const [merge] = documents('deploy/kubernetes/merge-job.yaml');
  const args = merge!.spec.template.spec.containers[0]!.args;
  expect(args.slice(0, 2)).toEqual(['merge', out]);
  const claim = (job: PodJob): string | undefined => job.spec.template.spec.volumes.find((v) => v.persistentVolumeClaim)?.persistentVolumeClaim?.claimName;
  expect(claim(merge!)).toBe(claim(shards));
  expect(claim(shards)).toBe('avsim-results');
});

it('the workflow starts only by hand, shards as a matrix, uploads each partial and merges them in a last job', () => {
  const workflow = parse(text('.github/workflows/avsim-sharded.yml')) as {
    on: Record<string, unknown>;
    jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: string } }; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
  };
  expect(Object.keys(workflow.on)).toEqual(['workflow_dispatch']);
  const { shard, merge } = workflow.jobs;
  expect(shard!.strategy!.matrix.shard).toBe('${{ fromJSON(needs.plan.outputs.shards) }}');
  expect(shard!.steps.map((s) => s.run ?? '').join('\n')).toMatch(/main\.js "\$COMMAND" \$WORKLOAD \\\n\s+--shard "\$SHARD\/\$SHARDS" --out partials/);
  expect(shard!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!.with!['path']).toBe('partials/*.avsim-partial.json');
  expect(merge!.needs).toBe('shard');
  expect(merge!.steps.find((s) => s.uses?.startsWith('actions/download-artifact'))!.with).toMatchObject({ pattern: 'avsim-partial-*', path: 'partials', 'merge-multiple': true });
  expect(merge!.steps.map((s) => s.run ?? '').join('\n')).toContain('main.js merge partials --out results/merged');
});

it('the image is node:20-slim with the production dependencies, and its entry point is avsim with its Node flags', () => {
  const dockerfile = text('deploy/docker/Dockerfile');
  expect(dockerfile.match(/^FROM .*/gm)).toEqual(['FROM node:20-slim AS build', 'FROM node:20-slim']);
  expect(dockerfile).toContain('RUN npm ci --omit=dev');
  expect(dockerfile).toContain(`ENTRYPOINT ${JSON.stringify(['node', ...NODE_FLAGS, '/app/dist/src/cli/main.js']).replaceAll(',', ', ')}`);
});

it('the sharded sizing script is valid sh', () => {
  const check = spawnSync('sh', ['-n', join(ROOT, 'examples/size-sharded.sh')], { encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
});
