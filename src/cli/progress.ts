/**
 * Progress on stderr while replications run: replications done / total, simulated
 * calls per second and time left (cli-progress). Shown only when stderr is a terminal
 * and --quiet is not given; otherwise nothing at all is printed on stderr.
 */
import cliProgress from 'cli-progress';
import type { ReplicationResult } from '../results/types.js';

export interface Progress {
  /** Jobs done so far, with the result of the job that just completed. */
  readonly update: (done: number, result: ReplicationResult) => void;
  readonly stop: () => void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

/** A progress bar over `total` replications, or a silent one. */
export function startProgress(total: number, quiet: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (quiet || !stream.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'replications {value}/{total} [{bar}] {callsPerSecond} calls/s | {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 8,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let calls = 0;
  bar.start(total, 0, { callsPerSecond: '-' });
  return {
    update: (done, result) => {
      calls += result.callsSimulated;
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { callsPerSecond: seconds > 0 ? Math.round(calls / seconds).toLocaleString('en-US') : '-' });
    },
    stop: () => bar.stop(),
  };
}
