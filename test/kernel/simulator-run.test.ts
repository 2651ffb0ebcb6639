import { expect, it } from 'vitest';
import { Simulator } from '../../src/kernel/simulator.js';

it('Simulator.run dispatches events up to `until` in order, leaves later ones, and sets the clock', () => {
  const trace: string[] = [];
  const sim: Simulator = new Simulator((payload) => {
    trace.push(`${sim.now}:${payload}`);
    // An event may schedule more: payload 1 re-schedules itself every 2 s.
    if (payload === 1) sim.schedule(sim.now + 2, 0, 1);
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
