import { storyOf } from '../stream-builder.ts';
import type { LedgerCommand } from './domain.ts';

const sale = (date: string, customer: string, netAmount: number): LedgerCommand => ({ type: 'RecordSale', data: { date, customer, netAmount, vat: 'with 25% VAT' } });
const expense = (date: string, supplier: string, account: '3000' | '3100' | '3200', netAmount: number, vat: 'with 25% VAT' | 'no VAT' = 'with 25% VAT'): LedgerCommand =>
  ({ type: 'RecordExpense', data: { date, supplier, account, netAmount, vat } });
const mette = 'billy-web:mette.hansen';
const bank = 'bank-sync:danske-bank';
const accountant = 'accountant:lars.poulsen';

// The first quarter of Hansen Design ApS, a two-person design studio in Aarhus (amounts in DKK).
export const story = storyOf<LedgerCommand>([
  ['2016-01-04T08:02:00Z', mette, { type: 'InjectCapital', data: { date: '2016-01-04', amount: 40000 } }],
  ['2016-01-05T10:31:00Z', bank, expense('2016-01-05', 'Regus Aarhus', '3100', 6400)],
  ['2016-01-07T14:10:00Z', mette, expense('2016-01-07', 'Adobe Systems', '3000', 1196)],
  ['2016-01-15T16:45:00Z', mette, sale('2016-01-15', 'Aarhus Bryghus', 18000)],
  ['2016-01-19T09:12:00Z', mette, expense('2016-01-19', 'DSB', '3200', 612, 'no VAT')],
  ['2016-01-22T11:03:00Z', mette, sale('2016-01-22', 'Mols Cykler', 7200)],
  ['2016-01-22T11:05:00Z', mette, sale('2016-01-22', 'Mols Cykler', 7200)],
  ['2016-01-25T08:40:00Z', accountant, { type: 'ReverseTransaction', data: { transactionId: 'T-7', date: '2016-01-25', reason: 'Duplicate of T-6' } }],
  ['2016-01-29T13:20:00Z', mette, sale('2016-01-29', 'Kunsthal Aarhus', 12400)],
  ['2016-02-01T08:00:00Z', bank, expense('2016-02-01', 'Regus Aarhus', '3100', 6400)],
  ['2016-02-03T09:30:00Z', accountant, { type: 'ClosePeriod', data: { period: '2016-01' } }],
  ['2016-02-08T15:02:00Z', mette, expense('2016-02-08', 'Adobe Systems', '3000', 1196)],
  ['2016-02-12T10:44:00Z', mette, sale('2016-02-12', 'Aarhus Bryghus', 9600)],
  ['2016-02-17T07:55:00Z', mette, expense('2016-02-17', 'SAS', '3200', 2340, 'no VAT')],
  ['2016-02-24T12:15:00Z', mette, sale('2016-02-24', 'Dokk1 Library', 22800)],
  ['2016-03-01T08:00:00Z', bank, expense('2016-03-01', 'Regus Aarhus', '3100', 6400)],
  ['2016-03-02T09:10:00Z', accountant, { type: 'ClosePeriod', data: { period: '2016-02' } }],
  ['2016-03-07T15:02:00Z', mette, expense('2016-03-07', 'Adobe Systems', '3000', 1196)],
  ['2016-03-09T10:00:00Z', mette, expense('2016-03-09', 'Sketch B.V.', '3000', 596)],
  ['2016-03-14T14:35:00Z', mette, sale('2016-03-14', 'Mols Cykler', 4800)],
  ['2016-03-18T16:20:00Z', mette, sale('2016-03-18', 'Aarhus Festuge', 31500)],
  ['2016-03-23T11:48:00Z', mette, expense('2016-03-23', 'DSB', '3200', 488, 'no VAT')],
  ['2016-03-30T09:05:00Z', mette, sale('2016-03-30', 'Kunsthal Aarhus', 6200)],
]);
