import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventQueue } from '../../src/kernel/event-queue.js';

describe('EventQueue', () => {
  it('pops by (time, priority, sequence): a full trace', () => {
    const q = new EventQueue(2); // small, so the arrays grow on the way
    q.push(5, 1, 50);
    q.push(1, 3, 10);
    q.push(5, 0, 51); // same time, lower priority value: runs first
    q.push(1, 3, 11); // same time and priority: scheduling order
    q.push(0.5, 9, 5);
    q.push(5, 1, 52);
    const trace: [number, number][] = [];
    while (q.size > 0) {
      const t = q.peekTime();
      trace.push([t, q.pop()]);
    }
    expect(trace).toEqual([
      [0.5, 5],
      [1, 10],
      [1, 11],
      [5, 51],
      [5, 50],
      [5, 52],
    ]);
    expect(q.peekTime()).toBe(Infinity);
  });

  it('agrees with a stable sort for any sequence of pushes (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 })), { maxLength: 300 }),
        (events) => {
          const q = new EventQueue(1);
          events.forEach(([t, p], i) => q.push(t, p, i));
          const expected = events
            .map(([t, p], i) => ({ t, p, i }))
            .sort((a, b) => a.t - b.t || a.p - b.p || a.i - b.i)
            .map((e) => e.i);
          const got: number[] = [];
          while (q.size > 0) got.push(q.pop());
          expect(got).toEqual(expected);
        },
      ),
    );
  });

  it('peekTime is the earliest time while events are pending and Infinity whenever none is', () => {
    // The empty queue keeps Infinity in its root slot (see peekTime): new, emptied by
    // pops, emptied by clear, and refilled and emptied again across a growth.
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(-1), fc.constant(-2)), { maxLength: 200 }), (ops) => {
        const q = new EventQueue(1);
        const pending: number[] = [];
        expect(q.peekTime()).toBe(Infinity);
        for (const op of ops) {
          if (op === -1) {
            if (q.size > 0) {
              q.pop();
              pending.sort((a, b) => a - b).shift();
            }
          } else if (op === -2) {
            q.clear();
            pending.length = 0;
          } else {
            q.push(op, 0, 0);
            pending.push(op);
          }
          expect(q.peekTime()).toBe(pending.length > 0 ? Math.min(...pending) : Infinity);
        }
      }),
    );
  });
});
