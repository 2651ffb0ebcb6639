/**
 * Progress on stderr while replications run: replications done / total, simulated
 * calls per second and time left (cli-progress). Shown only when stderr is a terminal
 * and --quiet is not given; otherwise nothing at all is printed on stderr.
 *
 * Time left is the work left at the run's average pace so far, smoothed: workers start
 * slowly (threads, modules, a cold JIT) and report in tasks of several replications, so
 * the pace of one interval swings; the estimate moves a fraction of the way towards each
 * new reading, and is shown only once a few replications and a second have passed.
 */
import cliProgress from 'cli-progress';
import type { ReplicationResult } from '../results/types.js';

export interface Progress {
  /** Jobs done so far, with the result of the job that just completed. */
  readonly update: (done: number, result: ReplicationResult) => void;
  readonly stop: () => void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

/** Weight of a new reading in the smoothed time left. */
const SMOOTHING = 0.2;

/** "1:05", "12 s", or "-" before there is an estimate. */
export function timeLeftText(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '-';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  return minutes < 60 ? `${minutes}:${String(s % 60).padStart(2, '0')}` : `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * A smoothed estimate of the time left of `total` jobs: each update takes the average
 * pace so far (elapsed / done) times the jobs left, and moves the estimate part of the
 * way there; `undefined` until enough is known.
 */
export class TimeLeft {
  private estimate: number | undefined;

  constructor(private readonly total: number) {}

  update(done: number, elapsedSeconds: number): number | undefined {
    if (done <= 0 || elapsedSeconds < 1 || done < Math.min(3, this.total)) return this.estimate;
    const reading = (elapsedSeconds / done) * (this.total - done);
    this.estimate = this.estimate === undefined ? reading : this.estimate + SMOOTHING * (reading - this.estimate);
    return done >= this.total ? 0 : this.estimate;
  }
}

/** A progress bar over `total` replications, or a silent one. */
export function startProgress(total: number, quiet: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (quiet || !stream.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'replications {value}/{total} [{bar}] {callsPerSecond} calls/s | {timeLeft} left',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  const left = new TimeLeft(total);
  let calls = 0;
  bar.start(total, 0, { callsPerSecond: '-', timeLeft: '-' });
  return {
    update: (done, result) => {
      calls += result.callsSimulated;
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, {
        callsPerSecond: seconds > 0 ? Math.round(calls / seconds).toLocaleString('en-US') : '-',
        timeLeft: timeLeftText(left.update(done, seconds)),
      });
    },
    stop: () => bar.stop(),
  };
}
