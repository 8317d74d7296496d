import type { StoryStep } from '../stream-builder.ts';
import type { SavingsCommand } from './domain.ts';

const by = 'ada.lovelace@online';
// Written by the 2014 code: euros as floating-point numbers, schema version 1.
const old = (at: string, type: 'MoneyDeposited' | 'MoneyWithdrawn', amount: number): StoryStep<SavingsCommand> => ({
  at, by, recorded: { type, data: { amount }, schemaVersion: 1 },
});
// Handled by today's code: whole cents, schema version 2.
const now = (at: string, type: 'DepositMoney' | 'WithdrawMoney', amountCents: number): StoryStep<SavingsCommand> => ({
  at, by, command: { type, data: { amountCents } },
});

export const story: StoryStep<SavingsCommand>[] = [
  { at: '2014-05-02T10:00:00Z', by: 'clerk:m.schulz', recorded: { type: 'AccountOpened', data: { owner: 'Ada Lovelace' }, schemaVersion: 1 } },
  old('2014-05-02T10:05:00Z', 'MoneyDeposited', 250),
  old('2014-06-30T18:20:00Z', 'MoneyDeposited', 120.5),
  old('2014-08-29T18:02:00Z', 'MoneyDeposited', 120.5),
  old('2014-10-14T09:41:00Z', 'MoneyWithdrawn', 89.99),
  old('2014-12-31T17:30:00Z', 'MoneyDeposited', 300),
  old('2015-03-31T18:00:00Z', 'MoneyDeposited', 150.25),
  old('2015-06-30T18:00:00Z', 'MoneyDeposited', 150.25),
  old('2015-07-21T12:12:00Z', 'MoneyWithdrawn', 412.1),
  old('2015-09-30T18:00:00Z', 'MoneyDeposited', 150.25),
  old('2015-12-31T18:00:00Z', 'MoneyDeposited', 150.25),
  old('2016-02-15T08:55:00Z', 'MoneyDeposited', 0.1),
  old('2016-02-15T08:56:00Z', 'MoneyDeposited', 0.2),
  now('2016-03-31T18:00:00Z', 'DepositMoney', 17500),
  now('2016-06-30T18:00:00Z', 'DepositMoney', 17500),
  now('2016-08-08T11:25:00Z', 'WithdrawMoney', 64900),
  now('2016-09-30T18:00:00Z', 'DepositMoney', 17500),
  now('2016-12-31T18:00:00Z', 'DepositMoney', 25000),
  now('2017-03-31T18:00:00Z', 'DepositMoney', 17500),
  now('2017-05-19T16:45:00Z', 'WithdrawMoney', 12999),
  now('2017-06-30T18:00:00Z', 'DepositMoney', 17500),
  now('2017-09-29T18:00:00Z', 'DepositMoney', 17500),
];
