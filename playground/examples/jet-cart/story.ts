import { storyOf } from '../stream-builder.ts';
import type { OrderCommand } from './domain.ts';

const add = (sku: string, name: string, unitPrice: number, quantity = 1): OrderCommand => ({ type: 'AddItem', data: { sku, name, unitPrice, quantity } });
const web = 'jet-web:sam.rivera';

// Sam fills a cart over an evening, checks out, and two warehouses ship the order.
export const story = storyOf<OrderCommand>([
  ['2016-09-07T19:02:14Z', web, add('JET-COF-0412', 'Ground coffee, 2 lb', 14)],
  ['2016-09-07T19:03:40Z', web, add('JET-TWL-1290', 'Paper towels, 12 rolls', 19)],
  ['2016-09-07T19:05:02Z', web, add('JET-DSH-0033', 'Dish soap, 3-pack', 9)],
  ['2016-09-07T19:07:55Z', web, add('JET-HDP-7781', 'Wireless headphones', 129)],
  ['2016-09-07T19:09:12Z', web, { type: 'ChangeQuantity', data: { sku: 'JET-COF-0412', quantity: 2 } }],
  ['2016-09-07T19:12:30Z', web, add('JET-DPR-5520', 'Diapers, size 3, 2-pack', 45)],
  ['2016-09-07T19:14:48Z', web, { type: 'RemoveItem', data: { sku: 'JET-HDP-7781' } }],
  ['2016-09-07T19:16:05Z', web, add('JET-BAT-0808', 'AA batteries, 24-pack', 16)],
  ['2016-09-07T19:18:21Z', web, add('JET-LGO-3301', 'LEGO Classic box', 32)],
  ['2016-09-07T19:20:40Z', web, { type: 'ChangeQuantity', data: { sku: 'JET-TWL-1290', quantity: 2 } }],
  ['2016-09-07T19:22:13Z', web, { type: 'RemoveItem', data: { sku: 'JET-LGO-3301' } }],
  ['2016-09-07T19:24:50Z', web, { type: 'PlaceOrder', data: { shipTo: '41 Elm St, Hoboken, NJ 07030' } }],
  ['2016-09-07T19:24:52Z', 'payments-service', { type: 'AuthorizePayment', data: { method: 'debit card' } }],
  ['2016-09-08T06:41:09Z', 'wms:swedesboro', { type: 'ScanParcel', data: { parcel: 'P1', skus: 'JET-COF-0412, JET-DSH-0033, JET-TWL-1290', scanned_by: 'Ramon Ortiz', dock: 'SWD-D7' } }],
  ['2016-09-08T07:15:33Z', 'wms:swedesboro', { type: 'ShipParcel', data: { parcel: 'P1', carrier: 'UPS', tracking_number: '1Z999AA10123456784' } }],
  ['2016-09-08T09:02:47Z', 'wms:kansas-city', { type: 'ScanParcel', data: { parcel: 'P2', skus: 'JET-DPR-5520', scanned_by: 'Kim Nguyen', dock: 'KC-D2' } }],
  ['2016-09-08T10:30:00Z', 'wms:kansas-city', { type: 'ShipParcel', data: { parcel: 'P2', carrier: 'FedEx', tracking_number: '7946 1234 5678' } }],
  ['2016-09-09T15:12:26Z', 'carrier-webhook:ups', { type: 'ConfirmDelivery', data: { parcel: 'P1' } }],
  ['2016-09-10T08:55:03Z', 'wms:swedesboro', { type: 'ScanParcel', data: { parcel: 'P3', skus: 'JET-BAT-0808', scanned_by: 'Ramon Ortiz', dock: 'SWD-D3' } }],
  ['2016-09-11T13:48:19Z', 'carrier-webhook:fedex', { type: 'ConfirmDelivery', data: { parcel: 'P2' } }],
]);
