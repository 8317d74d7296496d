import type { StoryStep } from '../stream-builder.ts';
import { after } from '../stream-builder.ts';
import type { CounterCommand } from './domain.ts';

// Two people clicking a counter during a meetup demo, a few seconds apart.
const start = '2016-11-17T19:05:00.000Z';
const steps: Array<[seconds: number, by: string, command: CounterCommand]> = [
  [0, 'ada@browser', { type: 'Increment', data: { amount: 1 } }],
  [3, 'ada@browser', { type: 'Increment', data: { amount: 1 } }],
  [5, 'ada@browser', { type: 'Increment', data: { amount: 5 } }],
  [9, 'grace@browser', { type: 'Increment', data: { amount: 10 } }],
  [12, 'grace@browser', { type: 'Decrement', data: { amount: 2 } }],
  [16, 'ada@browser', { type: 'Increment', data: { amount: 1 } }],
  [21, 'grace@browser', { type: 'Increment', data: { amount: 10 } }],
  [24, 'grace@browser', { type: 'Increment', data: { amount: 10 } }],
  [30, 'ada@browser', { type: 'Decrement', data: { amount: 5 } }],
  [33, 'ada@browser', { type: 'Decrement', data: { amount: 1 } }],
  [41, 'grace@browser', { type: 'Reset', data: {} }],
  [45, 'ada@browser', { type: 'Increment', data: { amount: 1 } }],
  [47, 'ada@browser', { type: 'Increment', data: { amount: 1 } }],
  [48, 'ada@browser', { type: 'Increment', data: { amount: 1 } }],
  [55, 'grace@browser', { type: 'Increment', data: { amount: 25 } }],
  [60, 'grace@browser', { type: 'Increment', data: { amount: 25 } }],
  [66, 'ada@browser', { type: 'Decrement', data: { amount: 3 } }],
  [70, 'grace@browser', { type: 'Increment', data: { amount: 40 } }],
  [78, 'ada@browser', { type: 'Decrement', data: { amount: 10 } }],
  [83, 'ada@browser', { type: 'Decrement', data: { amount: 1 } }],
  [90, 'grace@browser', { type: 'Increment', data: { amount: 5 } }],
  [97, 'ada@browser', { type: 'Decrement', data: { amount: 20 } }],
];

export const story: StoryStep<CounterCommand>[] = steps.map(([seconds, by, command]) => ({
  at: after(start, seconds),
  by,
  command,
}));
