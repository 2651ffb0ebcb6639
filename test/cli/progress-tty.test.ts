import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { startProgress } from '../../src/cli/progress.js';
import type { ReplicationResult } from '../../src/results/types.js';

/** A stream that says it is a terminal and keeps what is written to it. */
function fakeTerminal(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      (stream as unknown as { text: string }).text += chunk.toString();
      done();
    },
  }) as unknown as NodeJS.WriteStream & { text: string };
  stream.text = '';
  Object.assign(stream, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return stream;
}

const result = { callsSimulated: 1000 } as ReplicationResult;

it('shows replications done / total and calls per second on a terminal', () => {
  const tty = fakeTerminal(true);
  const p = startProgress(4, false, tty);
  p.update(1, result);
  p.update(2, result);
  p.stop();
  expect(tty.text).toMatch(/replications 2\/4/);
  expect(tty.text).toMatch(/calls\/s/);
});

it('prints nothing when the stream is not a terminal, or with --quiet', () => {
  for (const [isTTY, quiet] of [
    [false, false],
    [true, true],
  ] as const) {
    const s = fakeTerminal(isTTY);
    const p = startProgress(4, quiet, s);
    p.update(1, result);
    p.stop();
    expect(s.text).toBe('');
  }
});
