import { storyOf } from '../stream-builder.ts';
import type { AccountCommand } from './domain.ts';

const deposit = (amount: number, description: string): AccountCommand => ({ type: 'DepositMoney', data: { amount, description } });
const withdraw = (amount: number, description: string): AccountCommand => ({ type: 'WithdrawMoney', data: { amount, description } });

// Three months of a current account: salary in, rent and life out.
export const story = storyOf<AccountCommand>([
  ['2024-01-02T09:12:00Z', 'clerk:m.schulz', { type: 'OpenAccount', data: { accountHolder: 'Ada Lovelace' } }],
  ['2024-01-02T09:20:00Z', 'clerk:m.schulz', deposit(500, 'Opening deposit')],
  ['2024-01-03T07:00:00Z', 'standing-orders', withdraw(450, 'Rent')],
  ['2024-01-05T17:41:00Z', 'atm:BER-0421', withdraw(40, 'Cash')],
  ['2024-01-25T06:00:00Z', 'payroll:acme-gmbh', deposit(2850, 'Salary')],
  ['2024-01-26T12:03:00Z', 'card:4711', withdraw(86, 'Groceries')],
  ['2024-01-29T19:30:00Z', 'ada.lovelace@online', withdraw(120, 'Train tickets')],
  ['2024-02-01T07:00:00Z', 'standing-orders', withdraw(950, 'Rent')],
  ['2024-02-02T10:15:00Z', 'card:4711', withdraw(64, 'Groceries')],
  ['2024-02-09T18:02:00Z', 'atm:BER-0421', withdraw(100, 'Cash')],
  ['2024-02-14T20:45:00Z', 'card:4711', withdraw(78, 'Restaurant')],
  ['2024-02-16T08:30:00Z', 'ada.lovelace@online', deposit(60, 'Refund from Grace')],
  ['2024-02-26T06:00:00Z', 'payroll:acme-gmbh', deposit(2850, 'Salary')],
  ['2024-02-27T11:11:00Z', 'card:4711', withdraw(112, 'Groceries')],
  ['2024-02-28T21:04:00Z', 'ada.lovelace@online', withdraw(500, 'Savings transfer')],
  ['2024-03-01T07:00:00Z', 'standing-orders', withdraw(950, 'Rent')],
  ['2024-03-04T16:20:00Z', 'card:4711', withdraw(249, 'Bicycle repair')],
  ['2024-03-08T09:00:00Z', 'atm:HAM-0102', withdraw(60, 'Cash')],
  ['2024-03-12T13:47:00Z', 'card:4711', withdraw(93, 'Groceries')],
  ['2024-03-15T06:30:00Z', 'tax-office', deposit(312, 'Tax refund')],
  ['2024-03-22T19:10:00Z', 'card:4711', withdraw(54, 'Restaurant')],
  ['2024-03-25T06:00:00Z', 'payroll:acme-gmbh', deposit(2850, 'Salary')],
  ['2024-03-27T08:45:00Z', 'ada.lovelace@online', withdraw(3000, 'Savings transfer')],
  ['2024-03-28T12:00:00Z', 'card:4711', withdraw(131, 'Groceries')],
]);
