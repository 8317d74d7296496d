// Diagram boxes wrap a type name between its words: the words are cut where a
// reader sees them, so "MoneyDeposited" never shows as "MoneyDeposite / d".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameWords } from '../../../src/components/slide/diagram.ts';

test('a type name is cut into the words a reader sees', () => {
  assert.deepEqual(nameWords('MoneyDeposited'), ['Money', 'Deposited']);
  assert.deepEqual(nameWords('InsufficientFunds'), ['Insufficient', 'Funds']);
  assert.deepEqual(nameWords('CQRSQueryRan'), ['CQRS', 'Query', 'Ran']);
  assert.deepEqual(nameWords('Order2Shipped'), ['Order2', 'Shipped']);
  assert.deepEqual(nameWords('decide'), ['decide']);
  assert.equal(nameWords('WithdrawMoney').join(''), 'WithdrawMoney', 'nothing is lost');
});
