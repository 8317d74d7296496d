import { storyOf } from '../stream-builder.ts';
import type { LoanCommand } from './domain.ts';

const pledge = (investor: string, amount: number): LoanCommand => ({ type: 'PledgeToLoan', data: { investor, amount } });
const repay = (amount: number): LoanCommand => ({ type: 'ReceiveRepayment', data: { amount } });
const bank = 'bank-feed:dbs';

// A six-month working-capital loan for a Singapore SME, funded by ten investors (amounts in S$).
export const story = storyOf<LoanCommand>([
  ['2017-01-09T02:15:00Z', 'cm-web:jason.lim', { type: 'ApplyForLoan', data: { borrower: 'Lim Brothers Trading Pte Ltd', amount: 150000, termMonths: 6, purpose: 'Purchase order financing' } }],
  ['2017-01-12T06:30:00Z', 'credit-committee:a.goh', { type: 'ListLoan', data: { annualRatePercent: 16, grade: 'B' } }],
  ['2017-01-12T06:42:11Z', 'cm-web:tan.wei.ming', pledge('tan.wei.ming', 20000)],
  ['2017-01-12T07:05:38Z', 'cm-web:sarah.lee', pledge('sarah.lee', 5000)],
  ['2017-01-12T09:20:02Z', 'cm-api:kopi-capital', pledge('kopi-capital', 50000)],
  ['2017-01-12T13:47:19Z', 'cm-web:rajesh.k', pledge('rajesh.k', 10000)],
  ['2017-01-13T01:12:45Z', 'cm-web:hui.min', pledge('hui.min', 2000)],
  ['2017-01-13T03:33:08Z', 'cm-web:david.ong', pledge('david.ong', 15000)],
  ['2017-01-13T08:58:27Z', 'cm-web:nur.aisyah', pledge('nur.aisyah', 3000)],
  ['2017-01-14T02:04:51Z', 'cm-web:chen.jie', pledge('chen.jie', 25000)],
  ['2017-01-14T10:16:30Z', 'cm-web:david.ong', { type: 'WithdrawPledge', data: { investor: 'david.ong' } }],
  ['2017-01-15T04:40:12Z', 'cm-web:priya.r', pledge('priya.r', 1000)],
  ['2017-01-16T01:25:55Z', 'cm-api:lionrock-fund', pledge('lionrock-fund', 30000)],
  ['2017-01-16T02:02:03Z', 'cm-web:marcus.teo', pledge('marcus.teo', 4000)],
  ['2017-01-18T03:00:00Z', 'ops:m.tan', { type: 'DisburseLoan', data: { toAccount: 'DBS 072-1234-567' } }],
  ['2017-02-18T01:05:00Z', bank, repay(27000)],
  ['2017-03-18T01:04:00Z', bank, repay(26667)],
  ['2017-04-18T01:07:00Z', bank, repay(26333)],
  ['2017-05-18T01:03:00Z', bank, repay(26000)],
  ['2017-06-18T01:06:00Z', bank, repay(25667)],
]);
