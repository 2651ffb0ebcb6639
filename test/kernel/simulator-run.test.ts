import { expect, it } from 'vitest';
import { Simulator } from '../../src/kernel/simulator.js';

it('Simulator.run dispatches events up to `until` in order, leaves later ones, and sets the clock', () => {
  const trace: string[] = [];
  const sim: Simulator = new Simulator({
    dispatch(payload: number): void {
      trace.push(`${sim.now}:${payload}`);
      // An event may schedule more: payload 1 re-schedules itself every 2 s.
      if (payload === 1) sim.schedule(sim.now + 2, 0, 1);
    },
  });
  sim.schedule(1, 0, 1);
  sim.schedule(4, 1, 7);
  sim.schedule(4, 0, 8);
  sim.run(5);
  expect(trace).toEqual(['1:1', '3:1', '4:8', '4:7', '5:1']);
  expect(sim.now).toBe(5);
  expect(sim.peek()).toBe(7);
  expect(sim.steps).toBe(5);
  expect(() => sim.schedule(4, 0, 0)).toThrow(/past/);
  expect(sim.step()).toBe(true);
  expect(sim.now).toBe(7);
});

it('a source kept outside the heap runs in time order, after heap events at the same time', () => {
  const trace: string[] = [];
  const arrivals = [0.5, 2, 4, Infinity];
  let k = 0;
  const sim: Simulator = new Simulator(
    {
      dispatch(payload: number): void {
        trace.push(`${sim.now}:heap${payload}`);
      },
      source(): void {
        trace.push(`${sim.now}:source`);
        sim.sourceTime = arrivals[++k]!;
        sim.schedule(sim.now + 1.5, 0, k);
      },
    },
    16,
  );
  sim.sourceTime = arrivals[0]!;
  sim.schedule(4, 2, 9); // same time as the third source event: the heap goes first
  expect(sim.peek()).toBe(0.5);
  sim.run(10);
  expect(trace).toEqual(['0.5:source', '2:heap1', '2:source', '3.5:heap2', '4:heap9', '4:source', '5.5:heap3']);
  expect(sim.steps).toBe(7);
  expect(sim.now).toBe(10);
  expect(sim.step()).toBe(false);
});

it('setting sourceTime when the handler has no source method fails loudly', () => {
  const sim = new Simulator({ dispatch: () => undefined });
  sim.sourceTime = 1;
  expect(() => sim.run(2)).toThrow(/no source method/);
  expect(() => sim.step()).toThrow(/no source method/);
});

it('run(Infinity) empties the heap and leaves the clock at the last event, never at Infinity', () => {
  const sim = new Simulator({ dispatch: () => undefined });
  sim.schedule(2, 0, 1);
  sim.schedule(3.5, 0, 2);
  sim.run(Infinity);
  expect(sim.now).toBe(3.5);
  expect(sim.peek()).toBe(Infinity);
  sim.run(1); // an `until` in the past moves nothing back
  expect(sim.now).toBe(3.5);
});
