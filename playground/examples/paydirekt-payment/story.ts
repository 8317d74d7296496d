import { storyOf } from '../stream-builder.ts';
import type { PaymentCommand } from './domain.ts';

const capture = (captureId: string, amount: number): PaymentCommand => ({ type: 'CapturePayment', data: { captureId, amount } });
const refund = (amount: number, reason: string): PaymentCommand => ({ type: 'RefundPayment', data: { amount, reason } });
const shop = 'merchant-api:elektro-schmidt';

// A small firm orders office equipment; it ships in parcels, some of it comes back.
export const story = storyOf<PaymentCommand>([
  ['2016-11-07T09:14:05Z', shop, { type: 'InitiatePayment', data: { merchant: 'Elektro Schmidt GmbH', orderId: 'ES-2016-88412', buyer: 'Jana Becker', amount: 2351 } }],
  ['2016-11-07T09:15:40Z', 'buyer:jana.becker', { type: 'ChangeShippingAddress', data: { street: 'Ehrenstraße 12', postcode: '50762', city: 'Köln' } }],
  ['2016-11-07T09:16:02Z', 'buyer:jana.becker', { type: 'ChangeShippingAddress', data: { street: 'Ehrenstraße 12', postcode: '50672', city: 'Köln' } }],
  ['2016-11-07T09:16:31Z', 'buyer:jana.becker', { type: 'ApprovePayment', data: { bank: 'Sparkasse KölnBonn' } }],
  ['2016-11-07T09:16:33Z', 'bank:sparkasse-koelnbonn', { type: 'AuthorizePayment', data: {} }],
  ['2016-11-07T14:02:11Z', 'support:t.wagner', { type: 'ChangeShippingAddress', data: { street: 'Hohenzollernring 48', postcode: '50672', city: 'Köln' } }],
  ['2016-11-08T16:45:12Z', shop, capture('C-1', 799)],
  ['2016-11-08T16:45:13Z', shop, capture('C-2', 349)],
  ['2016-11-09T11:20:40Z', shop, capture('C-3', 219)],
  ['2016-11-09T11:21:02Z', shop, capture('C-4', 89)],
  ['2016-11-10T15:05:55Z', shop, capture('C-5', 189)],
  ['2016-11-11T10:12:30Z', 'merchant:k.schmidt', refund(89, 'Keyboard arrived damaged')],
  ['2016-11-14T13:40:08Z', shop, capture('C-6', 245)],
  ['2016-11-15T09:02:17Z', shop, capture('C-7', 89)],
  ['2016-11-15T17:55:00Z', 'support:t.wagner', refund(40, 'Goodwill: late delivery')],
  ['2016-11-16T12:10:45Z', shop, capture('C-8', 172)],
  ['2016-11-18T08:47:31Z', shop, capture('C-9', 49)],
  ['2016-11-21T10:30:00Z', 'merchant:k.schmidt', refund(189, 'Monitor returned within 14 days')],
  ['2016-11-22T14:15:20Z', shop, capture('C-10', 25)],
  ['2016-11-23T09:00:00Z', 'merchant:k.schmidt', refund(25, 'Cable was not in the parcel')],
  ['2016-11-24T16:20:10Z', shop, capture('C-11', 26)],
]);
