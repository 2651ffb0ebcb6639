import { expect, it } from 'vitest';
import { MINIMAL, problemsOfText } from './helpers.js';

it('simulation: the interval must be positive and fit in the duration; the duration positive', () => {
  expect(problemsOfText(`${MINIMAL}simulation: { duration: 10m }\n`)).toEqual([
    'simulation.interval: expected at most the duration (600 s), got the default (900 s)',
  ]);
  expect(problemsOfText(`${MINIMAL}simulation: { duration: 0, interval: 0s }\n`)).toEqual([
    'simulation.duration: expected a positive duration, got 0 s',
    'simulation.interval: expected a positive duration, got "0s" (0 s)',
  ]);
});

it('meeting sizes: a conference has three or more parties (R1), a Live Meeting two or more, min <= mean <= max', () => {
  const text = `${MINIMAL}traffic:\n  conferenceSize: { min: 2, max: 5, mean: 9 }\n  liveMeetingSize: { min: 1, max: 4, mean: 2 }\n`;
  expect(problemsOfText(text)).toEqual([
    'traffic.conferenceSize.min: expected at least 3 (R1: a conference has three or more parties), got 2',
    'traffic.conferenceSize.mean: expected between min (2) and max (5), got 9',
    'traffic.liveMeetingSize.min: expected at least 2 (a Live Meeting has two or more parties), got 1',
  ]);
  expect(problemsOfText(`${MINIMAL}traffic: { conferenceSize: { min: 8, max: 4, mean: 6 } }\n`)).toEqual([
    'traffic.conferenceSize.max: expected at least min (8), got 4',
  ]);
});

it('traffic: 24 hourly weights with a positive maximum; a positive holding time; lognormal cv > 0', () => {
  const zeros = new Array(24).fill(0).join(', ');
  expect(problemsOfText(`${MINIMAL}traffic: { profile: [${zeros}], holdingTime: { distribution: exponential, mean: 0 } }\n`)).toEqual([
    'traffic.holdingTime.mean: expected a positive duration, got 0 s',
    'traffic.profile: expected at least one positive hourly weight, got [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,...',
  ]);
  expect(problemsOfText(`${MINIMAL}traffic: { profile: [1, 2], holdingTime: { distribution: lognormal, cv: 0 } }\n`)).toEqual([
    'traffic.profile: expected a list of exactly 24 items, got [1,2]',
    'traffic.holdingTime.cv: expected a number > 0, got 0',
  ]);
});

it('a site rule must set at least one of p2p, edgeUdp, edgeTcp', () => {
  expect(problemsOfText(`${MINIMAL}network: { rules: [{ site: hq }] }\n`)).toEqual([
    'network.rules[0]: expected at least one of p2p, edgeUdp, edgeTcp beside site, got {"site":"hq"}',
  ]);
});
